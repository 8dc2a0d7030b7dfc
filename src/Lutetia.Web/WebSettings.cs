using Lutetia.Storage;

namespace Lutetia.Web;

/// <summary>What <c>lutetia serve</c> was given: the database, the addresses to listen on and how long a session lasts.</summary>
public sealed record WebSettings(LutetiaConnection Database, string Urls)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>A session unused this long ends (issue 11: 30 minutes unless <c>--idle-timeout</c> says otherwise).</summary>
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>No session outlives this, however busy (issue 11: 12 hours from sign-in).</summary>
    public static readonly TimeSpan DefaultSessionLimit = TimeSpan.FromHours(12);

    /// <summary>The --db value as the operator typed it (for the first-run message; null for the default file).</summary>
    public string? DbArgument { get; init; }

    /// <summary>When set, the application's logs go there (the tests keep them quiet).</summary>
    public bool QuietLogs { get; init; }

    /// <summary>How long a session may stay unused before it ends (the cookie's sliding expiry).</summary>
    public TimeSpan IdleTimeout { get; init; } = DefaultIdleTimeout;

    /// <summary>How long after signing in a session ends whatever its use (checked on every request).</summary>
    public TimeSpan SessionLimit { get; init; } = DefaultSessionLimit;
}
