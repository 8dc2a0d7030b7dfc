namespace Lutetia.Web.Tests;

public sealed class PostgresAccountLifeCycleTests(PostgresApp fixture) : AccountLifeCycleTests(fixture), IClassFixture<PostgresApp>;
