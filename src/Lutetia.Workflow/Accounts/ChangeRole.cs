using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Workflow.Accounts;

/// <summary>
/// The coordinator changes an account's role and centre (the rules of <see cref="CreateAccount"/>:
/// an investigator needs an existing centre); the account's open sessions end, so the new rights
/// apply at once. Refused when nothing changes and for the last active coordinator's demotion.
/// </summary>
public sealed class ChangeRole(LutetiaDbContext db, UserManager<LutetiaUser> manager) : IUseCase
{
    public async Task<Result<AccountChange>> RunAsync(Account actor, string? email, LutetiaRole role, string? centerId, string? reason, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Administration, CrfAccess.Write, "change an account's role") is { } forbidden)
            return forbidden;
        var found = await AccountRules.FindAsync(manager, email).ConfigureAwait(false);
        if (!found.TryGetValue(out var user))
            return found.Refusal!;
        var name = email!.Trim();
        centerId = string.IsNullOrWhiteSpace(centerId) ? null : centerId.Trim();
        if (await UserAccounts.CenterProblemAsync(db, role, centerId).ConfigureAwait(false) is { } problem)
            return Refusal.Invalid(problem, new FieldProblem("center", problem));
        if (user.Role == role && user.CenterId == centerId)
            return Refusal.Invalid($"{name} is already {AccountRules.Describe(role, centerId)}: nothing to change");
        if (role != LutetiaRole.Coordinator && await AccountRules.IsLastActiveCoordinatorAsync(db, user, cancellation).ConfigureAwait(false))
            return Refusal.Invalid($"{name} is the last active coordinator: nobody could administer the study any more. Make another account coordinator first");
        user.Role = role;
        user.CenterId = centerId;
        var saved = await AccountSave.SaveAsync(db, actor, reason, () => manager.UpdateSecurityStampAsync(user)).ConfigureAwait(false);
        return saved.Refusal is { } refused
            ? refused
            : new AccountChange($"{name} is now {AccountRules.Describe(role, centerId)}; its open sessions end, and it signs in again with the new rights.");
    }
}
