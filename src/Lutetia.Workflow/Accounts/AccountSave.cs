using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Workflow.Accounts;

/// <summary>
/// The one way an account use case saves: through Identity's user manager (whose store saves the
/// user row on the same context), in the acting account's name with its reason, so the audit trail
/// records who changed the account and why. What Identity refuses (a password rule, an e-mail
/// taken) and a value the column does not allow become a <see cref="Refusal"/>; the account row
/// keeps no secret in the trail (the audit interceptor leaves hashes, stamps and keys out).
/// </summary>
internal static class AccountSave
{
    /// <summary>The field of the problems Identity reports (the whole form's).</summary>
    public const string AccountField = "account";

    public static async Task<Result> SaveAsync(LutetiaDbContext db, Account actor, string? reason, Func<Task<IdentityResult>> save)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(save);
        var (previousUser, previousReason) = (db.CurrentUser, db.Reason);
        db.CurrentUser = actor.UserName;
        db.Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        try
        {
            return Of(await save().ConfigureAwait(false));
        }
        catch (StoredValueRefusedException e)
        {
            return Refusal.Invalid(e.Message, new FieldProblem(e.Table.Length == 0 ? "reason" : AccountField, e.Message + "."));
        }
        finally
        {
            db.CurrentUser = previousUser;
            db.Reason = previousReason;
        }
    }

    /// <summary>Done, or Identity's errors as one refusal (each error a problem of the form).</summary>
    public static Result Of(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
            return Result.Done;
        var errors = result.Errors.Select(e => e.Description).ToList();
        return Refusal.Invalid(string.Join(" ", errors), [.. errors.Select(e => new FieldProblem(AccountField, e))]);
    }
}
