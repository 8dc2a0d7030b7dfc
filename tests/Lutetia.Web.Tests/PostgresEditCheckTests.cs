namespace Lutetia.Web.Tests;

public sealed class PostgresEditCheckTests(PostgresApp fixture) : EditCheckTests(fixture), IClassFixture<PostgresApp>;
