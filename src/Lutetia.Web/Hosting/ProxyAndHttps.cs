using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;

namespace Lutetia.Web.Hosting;

/// <summary>
/// HTTPS behind a reverse proxy or on Kestrel (docs/deploy.md, nginx and the certificate). <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed only from the configured <see cref="WebSettings.KnownProxies"/>
/// (ASP.NET Core's default of believing any loopback address is cleared: another program on the
/// server could otherwise claim HTTPS or any client address). When the user's connection is HTTPS —
/// directly, or as a known proxy says — the sign-in and antiforgery cookies are Secure (their policy
/// is "same as the request") and <c>Strict-Transport-Security</c> is sent, for every host name.
/// </summary>
internal static class ProxyAndHttps
{
    public static IServiceCollection AddLutetiaProxyAndHttps(this IServiceCollection services, WebSettings settings)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var network in settings.KnownProxies)
                options.KnownIPNetworks.Add(network);
            // Proxies in a chain (a load balancer, then nginx) are walked back while each is known.
            options.ForwardLimit = null;
        });
        // The antiforgery cookie's default is "never Secure"; the sign-in cookie is already "same as the request".
        services.Configure<AntiforgeryOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = false;
            options.ExcludedHosts.Clear();
        });
        return services;
    }

    /// <summary>First in the pipeline: every later step sees the user's scheme and address.</summary>
    public static IApplicationBuilder UseLutetiaProxyAndHttps(this IApplicationBuilder app, WebSettings settings)
    {
        if (settings.KnownProxies.Count > 0)
            app.UseForwardedHeaders();
        return app.UseHsts();
    }
}
