namespace Lutetia.Web.Tests;

public sealed class SqliteWorkflowPagesTests(SqliteApp fixture) : WorkflowPagesTests(fixture), IClassFixture<SqliteApp>;
