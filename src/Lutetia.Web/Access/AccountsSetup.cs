using Lutetia.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lutetia.Web.Access;

/// <summary>
/// The account life cycle's part of Identity (docs/security.md, Accounts): disabled accounts cannot sign in
/// (<see cref="DisabledAccountConfirmation"/>), the common-password list (<see cref="CommonPasswordValidator"/>,
/// besides Identity's length rule), and the authenticator app (TOTP) as second factor.
/// </summary>
internal static class AccountsSetup
{
    public static IServiceCollection AddLutetiaAccounts(this IServiceCollection services)
    {
        // Registered after AddIdentityCore's defaults: the last registration of a service wins, and
        // the user manager takes every password validator.
        services.AddScoped<IUserConfirmation<LutetiaUser>, DisabledAccountConfirmation>();
        // SignInManager.CanSignInAsync asks the IUserConfirmation only when an account must be
        // "confirmed": Lutetia's meaning of confirmed is "not disabled".
        services.Configure<IdentityOptions>(options => options.SignIn.RequireConfirmedAccount = true);
        services.AddScoped<IPasswordValidator<LutetiaUser>, CommonPasswordValidator>();
        services.AddTransient<AuthenticatorTokenProvider<LutetiaUser>>();
        services.Configure<IdentityOptions>(options => options.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] =
            new TokenProviderDescriptor(typeof(AuthenticatorTokenProvider<LutetiaUser>)));
        return services;
    }
}
