using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Lutetia.Web.Hosting;

/// <summary>
/// <c>Cache-Control: no-store</c> on every response that does not set its own caching
/// (docs/security.md, Downloads are not stored): the downloads (cohort.xlsx and .zip, the R, SPSS and ODM zips, report.html, audit.csv)
/// and the pages carry patient data that no browser or proxy cache may keep on disk. The static
/// files (scripts, styles) keep the caching their endpoint gives them.
/// </summary>
public sealed class NoStoreMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (headers.CacheControl.Count == 0)
            {
                headers.CacheControl = "no-store";
                headers[HeaderNames.Pragma] = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
