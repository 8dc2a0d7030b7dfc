namespace Lutetia.Web.Tests;

public sealed class PostgresReviewFlowTests(PostgresApp fixture) : ReviewFlowTests(fixture), IClassFixture<PostgresApp>;
