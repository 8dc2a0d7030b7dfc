using System.Net;
using Lutetia.Storage;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Web.Access;

/// <summary>
/// The password step of signing in (docs/security.md, Sessions and sign-in). An unknown e-mail, a locked or disabled
/// account and a wrong password get the same message after the same password-hashing work, so
/// neither the answer nor its time tells whether an account exists or is locked; wrong passwords
/// count per client address (<see cref="SignInThrottle"/>) and per account (Identity's lockout).
/// The page only shows <see cref="SignInAttempt.Problem"/> or follows <see cref="SignInAttempt.Result"/>.
/// The second step (a code from the authenticator app, or a recovery code) and keeping a session
/// signed in after its own security stamp changed are here too: the sign-in pages touch neither
/// Identity's stores nor the database.
/// </summary>
public sealed class SignIn(SignInManager<LutetiaUser> manager, IPasswordHasher<LutetiaUser> hasher, SignInThrottle throttle, LutetiaDbContext db)
{
    public const string Refused =
        "The e-mail or the password is wrong, or the account is locked for a while after too many wrong passwords. " +
        "Check both and try again in a few minutes; the coordinator can help.";

    public async Task<SignInAttempt> WithPasswordAsync(string email, string password, IPAddress? address)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(password);
        if (throttle.RetryAfter(address, email) is { } wait)
            return SignInAttempt.Throttled(wait);
        var user = await manager.UserManager.FindByNameAsync(email).ConfigureAwait(false);
        SignInResult result;
        if (user is null || await manager.UserManager.IsLockedOutAsync(user).ConfigureAwait(false) || !await manager.CanSignInAsync(user).ConfigureAwait(false))
        {
            // The work of a real check (the hasher's iterations), so that the time does not tell these apart.
            _ = hasher.HashPassword(user ?? new LutetiaUser(), password);
            result = SignInResult.Failed;
        }
        else
        {
            result = await manager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        }
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            if (result.Succeeded)
                throttle.Succeeded(address, email);
            return SignInAttempt.Passed(result);
        }
        throttle.Failed(address, email);
        return SignInAttempt.Refused();
    }

    /// <summary>Whether a right password started a two-factor sign-in: the two-factor cookie names the account.</summary>
    public async Task<bool> AwaitsSecondFactorAsync() =>
        await manager.GetTwoFactorAuthenticationUserAsync().ConfigureAwait(false) is not null;

    /// <summary>
    /// The second step with the app's <paramref name="code"/> (when given) or a <paramref name="recoveryCode"/>;
    /// null when no right password came first. A used recovery code or a wrong code (towards the
    /// lockout) is recorded in the account's name.
    /// </summary>
    public async Task<SignInResult?> WithSecondFactorAsync(string code, string recoveryCode)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(recoveryCode);
        var user = await manager.GetTwoFactorAuthenticationUserAsync().ConfigureAwait(false);
        if (user is null)
            return null;
        db.CurrentUser = user.UserName ?? db.CurrentUser;
        return code.Length > 0
            ? await manager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false).ConfigureAwait(false)
            : await manager.TwoFactorRecoveryCodeSignInAsync(recoveryCode).ConfigureAwait(false);
    }

    /// <summary>
    /// After the account changed its own security stamp (its password, two-factor sign-in), this
    /// session gets the new stamp; the account's other sessions end.
    /// </summary>
    public async Task KeepSignedInAsync(string userName)
    {
        if (await manager.UserManager.FindByNameAsync(userName).ConfigureAwait(false) is { } user)
            await manager.RefreshSignInAsync(user).ConfigureAwait(false);
    }
}
