using Microsoft.AspNetCore.Identity;

namespace Lutetia.Storage;

/// <summary>
/// The holder of an account changes their own password: the current one is required (a wrong one
/// counts towards the lockout like a wrong sign-in), the new one must pass the password rule and
/// differ from the current one. It clears <see cref="LutetiaUser.MustChangePassword"/> and changes
/// the security stamp (Identity's ChangePasswordAsync), which ends the account's other sessions.
/// </summary>
public static class OwnPassword
{
    public static async Task<AccountOutcome> ChangeAsync(UserManager<LutetiaUser> manager, string userName, string current, string replacement)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (string.IsNullOrEmpty(current))
            return AccountOutcome.Refused("enter your current password (for a reset, the temporary one you were given)");
        if (string.IsNullOrEmpty(replacement))
            return AccountOutcome.Refused("enter the new password");
        if (string.Equals(current, replacement, StringComparison.Ordinal))
            return AccountOutcome.Refused("the new password must differ from the current one");
        var user = await manager.FindByNameAsync(userName).ConfigureAwait(false);
        if (user is null)
            return AccountOutcome.Refused("the signed-in account no longer exists: sign in again");
        if (!await manager.CheckPasswordAsync(user, current).ConfigureAwait(false))
        {
            await manager.AccessFailedAsync(user).ConfigureAwait(false);
            return AccountOutcome.Refused("the current password is wrong");
        }
        var wasForced = user.MustChangePassword;
        user.MustChangePassword = false;
        var result = await manager.ChangePasswordAsync(user, current, replacement).ConfigureAwait(false);
        if (result.Succeeded)
            return AccountOutcome.Done("Your password is changed; your other sessions end.");
        user.MustChangePassword = wasForced;
        return AccountOutcome.Refused(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
