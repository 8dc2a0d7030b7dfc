using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Workflow.Accounts;

/// <summary>
/// The holder of an account changes their own password (every role; only their own): the current
/// one is required (a wrong one counts towards the lockout like a wrong sign-in), the new one must
/// pass the password rule and differ from the current one. It clears
/// <see cref="LutetiaUser.MustChangePassword"/> and changes the security stamp (Identity's
/// ChangePasswordAsync), which ends the account's other sessions.
/// </summary>
public sealed class ChangeOwnPassword(LutetiaDbContext db, UserManager<LutetiaUser> manager) : IUseCase
{
    public async Task<Result<string>> RunAsync(Account actor, string? current, string? replacement, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrEmpty(current))
            return Refusal.Invalid("enter your current password (for a reset, the temporary one you were given)");
        if (string.IsNullOrEmpty(replacement))
            return Refusal.Invalid("enter the new password");
        if (string.Equals(current, replacement, StringComparison.Ordinal))
            return Refusal.Invalid("the new password must differ from the current one");
        var user = await manager.FindByNameAsync(actor.UserName).ConfigureAwait(false);
        if (user is null)
            return Refusal.NotFound("the signed-in account no longer exists: sign in again");
        if (!await manager.CheckPasswordAsync(user, current).ConfigureAwait(false))
        {
            await AccountSave.SaveAsync(db, actor, null, () => manager.AccessFailedAsync(user)).ConfigureAwait(false);
            return Refusal.Invalid("the current password is wrong");
        }
        var wasForced = user.MustChangePassword;
        user.MustChangePassword = false;
        var changed = await AccountSave.SaveAsync(db, actor, null, () => manager.ChangePasswordAsync(user, current, replacement)).ConfigureAwait(false);
        if (changed.Refusal is { } refused)
        {
            user.MustChangePassword = wasForced;
            return refused;
        }
        return "Your password is changed; your other sessions end.";
    }
}
