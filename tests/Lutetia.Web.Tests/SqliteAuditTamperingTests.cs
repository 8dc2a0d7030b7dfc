namespace Lutetia.Web.Tests;

public sealed class SqliteAuditTamperingTests(SqliteApp fixture) : AuditTamperingTests(fixture), IClassFixture<SqliteApp>;
