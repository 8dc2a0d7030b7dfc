namespace Lutetia.Web.Tests;

public sealed class SqliteAdministrationPagesTests(SqliteApp fixture) : AdministrationPagesTests(fixture), IClassFixture<SqliteApp>;
