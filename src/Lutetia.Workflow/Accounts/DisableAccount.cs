using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Workflow.Accounts;

/// <summary>
/// The coordinator disables an account: it can no longer sign in, and its open sessions end (the
/// security stamp changes). The account is kept, never deleted, so the audit trail keeps naming it.
/// Refused for the actor's own account and for the last active coordinator.
/// </summary>
public sealed class DisableAccount(LutetiaDbContext db, UserManager<LutetiaUser> manager, StudyClock clock) : IUseCase
{
    public async Task<Result<AccountChange>> RunAsync(Account actor, string? email, string? reason, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Administration, CrfAccess.Write, "disable an account") is { } forbidden)
            return forbidden;
        var found = await AccountRules.FindAsync(manager, email).ConfigureAwait(false);
        if (!found.TryGetValue(out var user))
            return found.Refusal!;
        var name = email!.Trim();
        if (user.DisabledAtUtc is { } since)
            return Refusal.Invalid($"{name} is already disabled (since {AccountRules.Stamp(since)})");
        if (AccountRules.IsActor(actor, user))
            return Refusal.Invalid("you cannot disable your own account: another coordinator must do it");
        if (await AccountRules.IsLastActiveCoordinatorAsync(db, user, cancellation).ConfigureAwait(false))
            return Refusal.Invalid($"{name} is the last active coordinator: nobody could administer the study any more. Create or enable another coordinator first");
        user.DisabledAtUtc = clock.UtcNow;
        var saved = await AccountSave.SaveAsync(db, actor, reason, () => manager.UpdateSecurityStampAsync(user)).ConfigureAwait(false);
        return saved.Refusal is { } refused ? refused : new AccountChange($"{name} is disabled: it cannot sign in, and its open sessions end.");
    }
}
