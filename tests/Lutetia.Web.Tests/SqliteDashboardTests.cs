namespace Lutetia.Web.Tests;

public sealed class SqliteDashboardTests(SqliteApp fixture) : DashboardTests(fixture), IClassFixture<SqliteApp>;
