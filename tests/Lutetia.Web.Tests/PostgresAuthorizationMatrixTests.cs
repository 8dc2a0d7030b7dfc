namespace Lutetia.Web.Tests;

public sealed class PostgresAuthorizationMatrixTests(PostgresApp fixture) : AuthorizationMatrixTests(fixture), IClassFixture<PostgresApp>;
