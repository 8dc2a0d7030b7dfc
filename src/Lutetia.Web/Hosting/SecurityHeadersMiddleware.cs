using Microsoft.AspNetCore.Http;

namespace Lutetia.Web.Hosting;

/// <summary>
/// The security headers of every response (docs/web.md, Security): a Content-Security-Policy that
/// allows only the application's own scripts, styles and websocket (Blazor's circuit) and forbids
/// framing, no MIME sniffing, no referrer to other sites.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The <see cref="HttpContext.Items"/> key under which an endpoint gives its own Content-Security-Policy.</summary>
    public const string PolicyItem = "lutetia:content-security-policy";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // A response may ask for its own policy (report.html: inline styles, no script at all).
            headers.ContentSecurityPolicy = context.Items.TryGetValue(PolicyItem, out var own) && own is string policy ? policy : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
