namespace Lutetia.Web.Tests;

public sealed class PostgresBlindingTests(PostgresApp fixture) : BlindingTests(fixture), IClassFixture<PostgresApp>;
