namespace Lutetia.Web.Tests;

public sealed class SqliteReviewFlowTests(SqliteApp fixture) : ReviewFlowTests(fixture), IClassFixture<SqliteApp>;
