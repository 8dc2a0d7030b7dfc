using System.Globalization;
using System.Security.Claims;
using Lutetia.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lutetia.Web.Access;

/// <summary>
/// The sign-in cookie is checked against the database on every request.
/// A session ends when its account no longer exists, may no longer sign in (disabled), has a new
/// security stamp (sign-out, password change or reset, role or centre change: every session of the
/// account ends at once), a role or centre other than the cookie's, or when it is older than
/// <see cref="WebSettings.SessionLimit"/> from sign-in however busy it was. The idle timeout is the
/// cookie's own sliding expiry (<see cref="WebSettings.IdleTimeout"/>).
/// </summary>
internal static class SessionChecks
{
    /// <summary>The cookie's record of when its account signed in (kept across the cookie's renewals).</summary>
    public const string SignedInAtItem = "lutetia.signed-in-at";

    /// <summary>Cookie event <c>OnSigningIn</c>: notes the sign-in time, once per session (a refresh keeps the first).</summary>
    public static Task NoteSignInTime(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Properties.Items.TryAdd(SignedInAtItem, now.ToString("O", CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    /// <summary>Cookie event <c>OnValidatePrincipal</c>: every request of a signed-in browser.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var limit = services.GetRequiredService<WebSettings>().SessionLimit;
        if (context.Principal is not { } principal || SignedInAt(context.Properties) is not { } signedIn || now - signedIn > limit)
        {
            await RejectAsync(context).ConfigureAwait(false);
            return;
        }
        if (!await AccountIsCurrentAsync(services, principal).ConfigureAwait(false))
            await RejectAsync(context).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether the principal's account still exists, may sign in, and has the principal's security
    /// stamp, name, role and centre. Also asked by the interactive lesion grid before it saves, as
    /// its circuit outlives the request that opened it.
    /// </summary>
    public static async Task<bool> AccountIsCurrentAsync(IServiceProvider services, ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(services);
        // A scope of its own: the request's database context takes the signed-in user's name for the
        // audit trail, which is not known yet while the cookie is being checked.
        using var scope = services.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<LutetiaUser>>();
        var user = await signIn.ValidateSecurityStampAsync(principal).ConfigureAwait(false);
        return user is not null && await signIn.CanSignInAsync(user).ConfigureAwait(false) && SameAccess(user, principal);
    }

    private static DateTimeOffset? SignedInAt(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SignedInAtItem, out var text)
        && DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;

    /// <summary>The name, role and centre the cookie carries are still the account's.</summary>
    private static bool SameAccess(LutetiaUser user, ClaimsPrincipal principal) =>
        Account.Of(principal) is { } account
        && string.Equals(account.UserName, user.UserName, StringComparison.Ordinal)
        && account.Role == user.Role
        && string.Equals(account.CenterId, user.CenterId, StringComparison.Ordinal);

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
    }
}
