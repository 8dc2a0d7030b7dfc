namespace Lutetia.Web.Tests;

public sealed class PostgresTwoFactorTests(PostgresApp fixture) : TwoFactorTests(fixture), IClassFixture<PostgresApp>;
