using Lutetia.Storage;
using Lutetia.Storage.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Access;

/// <summary>
/// What a signed-in account must do before anything else, checked on every request from the
/// database (never from the cookie): change a temporary password (<see cref="LutetiaUser.MustChangePassword"/>)
/// at <see cref="PasswordPath"/>; then, for a coordinator when the study makes it mandatory
/// (<see cref="StudySetting.TwoFactorRequiredForCoordinators"/>), set up the authenticator app at
/// <see cref="TwoFactorPath"/>. A page is redirected there; any other request (a form, an
/// endpoint) is refused with 403.
/// </summary>
public sealed class AccountObligationsMiddleware(RequestDelegate next)
{
    public const string PasswordPath = "/account/password";
    public const string TwoFactorPath = "/account/two-factor";

    public async Task InvokeAsync(HttpContext context, LutetiaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(db);
        if (context.User.Identity is not { IsAuthenticated: true, Name: { } name } || IsExempt(context, PasswordPath))
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        var state = await db.Users.AsNoTracking().Where(u => u.UserName == name)
            .Select(u => new { u.MustChangePassword, u.Role, u.TwoFactorEnabled })
            .FirstOrDefaultAsync(context.RequestAborted).ConfigureAwait(false);
        if (state is { MustChangePassword: true })
        {
            Divert(context, PasswordPath);
            return;
        }
        if (state is { Role: LutetiaRole.Coordinator, TwoFactorEnabled: false } && !IsExempt(context, TwoFactorPath)
            && await StudySettings.IsOnAsync(db, StudySetting.TwoFactorRequiredForCoordinators, context.RequestAborted).ConfigureAwait(false))
        {
            Divert(context, TwoFactorPath);
            return;
        }
        await next(context).ConfigureAwait(false);
    }

    /// <summary>The page that fulfils the obligation, signing out, and what anyone may reach (sign-in, static files, Blazor's own paths).</summary>
    private static bool IsExempt(HttpContext context, string obligation)
    {
        var path = context.Request.Path;
        return path.StartsWithSegments(obligation, StringComparison.OrdinalIgnoreCase)
               || path.StartsWithSegments("/logout", StringComparison.OrdinalIgnoreCase)
               || path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
               || path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase)
               || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
    }

    private static void Divert(HttpContext context, string target)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            context.Response.Redirect(target);
        else
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
