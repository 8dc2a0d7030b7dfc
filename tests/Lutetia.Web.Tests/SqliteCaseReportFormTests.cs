namespace Lutetia.Web.Tests;

public sealed class SqliteCaseReportFormTests(SqliteApp fixture) : CaseReportFormTests(fixture), IClassFixture<SqliteApp>;
