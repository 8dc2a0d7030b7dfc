using System.Net;
using Lutetia.Storage;
using Lutetia.Web.Hosting;

namespace Lutetia.Web;

/// <summary>
/// What <c>lutetia serve</c> was given (on its command line, in its environment or in its settings
/// file, see docs/deploy.md): the database, the addresses to listen on, how long a session lasts, the
/// HTTPS certificate, the reverse proxies it trusts, the study's time zone and the request log.
/// </summary>
public sealed record WebSettings(LutetiaConnection Database, string Urls)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>A session unused this long ends (30 minutes unless <c>--idle-timeout</c> says otherwise).</summary>
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>No session outlives this, however busy (12 hours from sign-in).</summary>
    public static readonly TimeSpan DefaultSessionLimit = TimeSpan.FromHours(12);

    /// <summary>The --db value as the operator typed it (for the first-run message; null for the default file).</summary>
    public string? DbArgument { get; init; }

    /// <summary>When set, the application's logs go there (the tests keep them quiet).</summary>
    public bool QuietLogs { get; init; }

    /// <summary>How long a session may stay unused before it ends (the cookie's sliding expiry).</summary>
    public TimeSpan IdleTimeout { get; init; } = DefaultIdleTimeout;

    /// <summary>How long after signing in a session ends whatever its use (checked on every request).</summary>
    public TimeSpan SessionLimit { get; init; } = DefaultSessionLimit;

    /// <summary>
    /// The study's time zone (an IANA id such as Europe/Paris; UTC unless configured): what "today"
    /// means for the date rules. Instants are stored in UTC whatever it is.
    /// </summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>
    /// The reverse proxies (addresses or networks) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> are believed; none by default, so a forged header is ignored.
    /// </summary>
    public IReadOnlyList<IPNetwork> KnownProxies { get; init; } = [];

    /// <summary>The certificate Kestrel presents on the https:// addresses of <see cref="Urls"/>; null without HTTPS.</summary>
    public CertificateFile? Certificate { get; init; }

    /// <summary>One JSON line per request on standard output (request id, route, status, time; never a patient's data).</summary>
    public bool JsonLogs { get; init; }
}
