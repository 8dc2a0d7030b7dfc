namespace Lutetia.Web.Tests;

public sealed class PostgresWorkflowPagesTests(PostgresApp fixture) : WorkflowPagesTests(fixture), IClassFixture<PostgresApp>;
