namespace Lutetia.Web.Tests;

public sealed class SqliteBlindingTests(SqliteApp fixture) : BlindingTests(fixture), IClassFixture<SqliteApp>;
