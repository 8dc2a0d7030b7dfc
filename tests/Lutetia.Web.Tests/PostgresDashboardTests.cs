namespace Lutetia.Web.Tests;

public sealed class PostgresDashboardTests(PostgresApp fixture) : DashboardTests(fixture), IClassFixture<PostgresApp>;
