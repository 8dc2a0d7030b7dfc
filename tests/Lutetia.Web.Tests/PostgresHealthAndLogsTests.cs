namespace Lutetia.Web.Tests;

public sealed class PostgresHealthAndLogsTests() : HealthAndLogsTests(Lutetia.Storage.DatabaseProvider.Postgres);
