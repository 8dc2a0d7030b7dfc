using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Lutetia.Web.Hosting;

/// <summary>
/// What a user sees when Lutetia itself fails: a plain page that says nothing was saved and what to
/// tell the coordinator — never a stack trace (the exception goes to the server's log). Written
/// directly, so it answers a failed POST as well as a GET.
/// </summary>
internal static class FailurePage
{
    public static async Task WriteAsync(HttpContext context)
    {
        var at = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Something went wrong — Lutetia</title></head><body>" +
            "<h1>Something went wrong</h1>" +
            "<p>Lutetia could not finish this request. Nothing you entered on this page was saved unless it said so.</p>" +
            "<p>Go back to the <a href=\"/patients\">patient list</a> and try again; if it happens again, tell the coordinator " +
            $"what you were doing and at what time ({at} UTC, request {context.TraceIdentifier}).</p></body></html>",
            context.RequestAborted).ConfigureAwait(false);
    }
}
