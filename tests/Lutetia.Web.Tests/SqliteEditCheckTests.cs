namespace Lutetia.Web.Tests;

public sealed class SqliteEditCheckTests(SqliteApp fixture) : EditCheckTests(fixture), IClassFixture<SqliteApp>;
