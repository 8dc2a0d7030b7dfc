namespace Lutetia.Web.Tests;

public sealed class SqliteAccountLifeCycleTests(SqliteApp fixture) : AccountLifeCycleTests(fixture), IClassFixture<SqliteApp>;
