namespace Lutetia.Web.Tests;

public sealed class PostgresAnalysisCacheTests(PostgresApp fixture) : AnalysisCacheTests(fixture), IClassFixture<PostgresApp>;
