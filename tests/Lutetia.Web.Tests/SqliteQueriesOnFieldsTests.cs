namespace Lutetia.Web.Tests;

public sealed class SqliteQueriesOnFieldsTests(SqliteApp fixture) : QueriesOnFieldsTests(fixture), IClassFixture<SqliteApp>;
