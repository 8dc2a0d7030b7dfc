namespace Lutetia.Web.Tests;

public sealed class PostgresInputSafetyTests(PostgresApp fixture) : InputSafetyTests(fixture), IClassFixture<PostgresApp>;
