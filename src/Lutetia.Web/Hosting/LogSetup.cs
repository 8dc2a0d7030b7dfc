using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Lutetia.Web.Hosting;

/// <summary>
/// The server's logs (docs/deploy.md, Health and logs). ASP.NET Core's own request lines (they carry the full URL,
/// query string included) and EF Core's SQL commands are kept below Warning: a path or a query names
/// a patient. With <see cref="WebSettings.JsonLogs"/>, every entry is one JSON line on standard output
/// (UTC time, level, category, event, the message and its fields), and <see cref="RequestLog"/> writes
/// one per request.
/// </summary>
internal static class LogSetup
{
    public static void Configure(ILoggingBuilder logging, WebSettings settings)
    {
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        if (!settings.JsonLogs || settings.QuietLogs)
            return;
        logging.ClearProviders();
        logging.AddJsonConsole(json =>
        {
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            json.IncludeScopes = false;
        });
    }
}
