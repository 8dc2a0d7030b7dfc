namespace Lutetia.Web.Tests;

public sealed class SqliteTwoFactorTests(SqliteApp fixture) : TwoFactorTests(fixture), IClassFixture<SqliteApp>;
