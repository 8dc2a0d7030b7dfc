namespace Lutetia.Web.Tests;

public sealed class SqliteAnalysisCacheTests(SqliteApp fixture) : AnalysisCacheTests(fixture), IClassFixture<SqliteApp>;
