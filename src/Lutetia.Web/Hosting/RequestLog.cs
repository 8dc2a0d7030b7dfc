using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Lutetia.Web.Hosting;

/// <summary>
/// One structured log entry per request when <see cref="WebSettings.JsonLogs"/> is on
/// (docs/deploy.md, Health and logs), written by the JSON console formatter: the request id (also sent to the browser as
/// <c>X-Request-Id</c>, for a user to quote), the method, the <em>route pattern</em> of the endpoint
/// (<c>/patients/{PatientId}</c>, never the path: a path names a patient), the status, the time
/// taken, the account's id and the client address. Never the path, the query string, a form value, a
/// header or a cookie (docs/deploy.md, "Logs").
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public const string RequestIdHeader = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        context.Response.Headers[RequestIdHeader] = context.TraceIdentifier;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            Record(context, started);
        }
    }

    private void Record(HttpContext context, long started)
    {
        if (!logger.IsEnabled(LogLevel.Information))
            return;
        var route = RouteOf(context);
        var elapsedMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
        var account = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-";
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "-";
        Served(logger, context.TraceIdentifier, context.Request.Method, route, context.Response.StatusCode, elapsedMs, account, client);
    }

    /// <summary>The endpoint's route pattern; "(unmatched)" when no endpoint took the request (its path may be anything typed).</summary>
    internal static string RouteOf(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern } ? "/" + pattern.TrimStart('/') : "(unmatched)";

    [LoggerMessage(EventId = 1, EventName = "Request", Level = LogLevel.Information,
        Message = "{RequestId} {Method} {Route} {Status} {ElapsedMs} ms account {Account} from {Client}")]
    private static partial void Served(ILogger logger, string requestId, string method, string route, int status, double elapsedMs, string account, string client);
}
