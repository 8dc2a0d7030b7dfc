namespace Lutetia.Web.Tests;

public sealed class SqliteInputSafetyTests(SqliteApp fixture) : InputSafetyTests(fixture), IClassFixture<SqliteApp>;
