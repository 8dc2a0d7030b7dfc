namespace Lutetia.Web.Tests;

public sealed class SqliteWorkflowAuthorizationMatrixTests(SqliteApp fixture) : WorkflowAuthorizationMatrixTests(fixture), IClassFixture<SqliteApp>;
