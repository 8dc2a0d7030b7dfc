namespace Lutetia.Web.Tests;

public sealed class SqliteAuthorizationMatrixTests(SqliteApp fixture) : AuthorizationMatrixTests(fixture), IClassFixture<SqliteApp>;
