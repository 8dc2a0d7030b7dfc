using Lutetia.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lutetia.Web.Access;

/// <summary>
/// ASP.NET Core Identity with Lutetia's options (password rules, lockout: <see cref="UserAccounts.Options"/>)
/// and its cookie: sign-in at /login, a 403 rather than a redirect when an account may not see a page.
/// </summary>
internal static class IdentitySetup
{
    public static IServiceCollection AddLutetiaIdentity(this IServiceCollection services)
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
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events = new CookieAuthenticationEvents
            {
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
