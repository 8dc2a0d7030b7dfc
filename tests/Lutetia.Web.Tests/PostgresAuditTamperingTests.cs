namespace Lutetia.Web.Tests;

public sealed class PostgresAuditTamperingTests(PostgresApp fixture) : AuditTamperingTests(fixture), IClassFixture<PostgresApp>;
