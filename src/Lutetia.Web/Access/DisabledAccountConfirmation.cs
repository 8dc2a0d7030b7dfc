using Lutetia.Storage;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Web.Access;

/// <summary>
/// What <see cref="SignInManager{TUser}.CanSignInAsync"/> asks: a disabled account
/// (<see cref="LutetiaUser.DisabledAtUtc"/>) may not sign in. Identity then answers a password
/// sign-in with "not allowed" before it even checks the password, and the sign-in page says the same
/// as for a wrong password, so nobody learns that the account exists and is disabled; the
/// principal validation, which calls CanSignInAsync too, ends the account's open sessions.
/// </summary>
public sealed class DisabledAccountConfirmation : IUserConfirmation<LutetiaUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<LutetiaUser> manager, LutetiaUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(user.DisabledAtUtc is null);
    }
}
