using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Lutetia.Web.Access;

/// <summary>Registers the authorization: every endpoint needs a signed-in account unless it says otherwise, and the role-and-centre handler.</summary>
internal static class AuthorizationSetup
{
    public static IServiceCollection AddLutetiaAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddSingleton<IAuthorizationHandler, CrfAuthorizationHandler>();
        return services;
    }
}
