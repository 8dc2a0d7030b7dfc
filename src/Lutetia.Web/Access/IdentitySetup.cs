using Lutetia.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lutetia.Web.Access;

/// <summary>
/// ASP.NET Core Identity with Lutetia's options (password rules, lockout: <see cref="UserAccounts.Options"/>)
/// and its cookie: sign-in at /login, a 403 rather than a redirect when an account may not see a page,
/// a session that ends after <see cref="WebSettings.IdleTimeout"/> unused or <see cref="WebSettings.SessionLimit"/>
/// after sign-in, and a check of the cookie against the database on every request (<see cref="SessionChecks"/>).
/// </summary>
internal static class IdentitySetup
{
    public static IServiceCollection AddLutetiaIdentity(this IServiceCollection services, WebSettings settings)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<LutetiaUser>(options =>
            {
                var lutetia = UserAccounts.Options();
                options.User = lutetia.User;
                options.Password = lutetia.Password;
                options.Lockout = lutetia.Lockout;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<LutetiaDbContext>()
            .AddClaimsPrincipalFactory<LutetiaClaimsFactory>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/login";
            cookie.LogoutPath = "/logout";
            cookie.Cookie.Name = "lutetia";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = settings.IdleTimeout;
            cookie.SlidingExpiration = true;
            // Replacing the events drops Identity's security-stamp check: SessionChecks puts a stricter one back.
            cookie.Events = new CookieAuthenticationEvents
            {
                OnSigningIn = SessionChecks.NoteSignInTime,
                OnValidatePrincipal = SessionChecks.ValidateAsync,
                OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                },
            };
        });
        return services;
    }
}
