namespace Lutetia.Web.Tests;

public sealed class PostgresCaseReportFormTests(PostgresApp fixture) : CaseReportFormTests(fixture), IClassFixture<PostgresApp>;
