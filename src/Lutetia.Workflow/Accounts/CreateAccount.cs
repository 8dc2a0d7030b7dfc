using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Workflow.Accounts;

/// <summary>
/// The coordinator (or the server's operator, <c>lutetia user add</c>) creates an account with
/// Identity's password hasher and Lutetia's password rule (<see cref="UserAccounts.PasswordRule"/>),
/// a unique e-mail, and an investigator tied to an existing centre. Refused with every problem, each
/// under <see cref="AccountField"/> (the form's whole): a missing or unknown centre, an e-mail
/// already used, a password the rule refuses.
/// </summary>
public sealed class CreateAccount(LutetiaDbContext db, UserManager<LutetiaUser> manager) : IUseCase
{
    /// <summary>The field of the problems this use case reports: the form's whole.</summary>
    public const string AccountField = AccountSave.AccountField;

    public async Task<Result> RunAsync(Account actor, string email, LutetiaRole role, string? centerId, string password, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Administration, CrfAccess.Write, "create an account") is { } forbidden)
            return forbidden;
        if (await UserAccounts.CenterProblemAsync(db, role, centerId).ConfigureAwait(false) is { } problem)
            return Refusal.Invalid(problem, new FieldProblem(AccountField, problem));
        var user = UserAccounts.NewUser(email, role, centerId);
        return await AccountSave.SaveAsync(db, actor, null, () => manager.CreateAsync(user, password)).ConfigureAwait(false);
    }
}
