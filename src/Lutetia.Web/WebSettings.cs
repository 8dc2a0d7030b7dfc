using Lutetia.Storage;

namespace Lutetia.Web;

/// <summary>What <c>lutetia serve</c> was given: the database and the addresses to listen on.</summary>
public sealed record WebSettings(LutetiaConnection Database, string Urls)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The --db value as the operator typed it (for the first-run message; null for the default file).</summary>
    public string? DbArgument { get; init; }

    /// <summary>When set, the application's logs go there (the tests keep them quiet).</summary>
    public bool QuietLogs { get; init; }
}
