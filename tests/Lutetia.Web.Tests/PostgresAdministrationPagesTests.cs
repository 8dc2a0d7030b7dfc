namespace Lutetia.Web.Tests;

public sealed class PostgresAdministrationPagesTests(PostgresApp fixture) : AdministrationPagesTests(fixture), IClassFixture<PostgresApp>;
