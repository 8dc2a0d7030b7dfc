namespace Lutetia.Web.Tests;

public sealed class PostgresWorkflowAuthorizationMatrixTests(PostgresApp fixture) : WorkflowAuthorizationMatrixTests(fixture), IClassFixture<PostgresApp>;
