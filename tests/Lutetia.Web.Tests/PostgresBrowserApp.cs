using Lutetia.Storage;

namespace Lutetia.Web.Tests;

/// <summary>The browser fixture on PostgreSQL (the shared test server, a database of its own).</summary>
public sealed class PostgresBrowserApp : BrowserApp
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
