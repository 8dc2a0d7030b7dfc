namespace Lutetia.Web.Tests;

public sealed class PostgresQueriesOnFieldsTests(PostgresApp fixture) : QueriesOnFieldsTests(fixture), IClassFixture<PostgresApp>;
