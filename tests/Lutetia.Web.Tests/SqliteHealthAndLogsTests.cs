namespace Lutetia.Web.Tests;

public sealed class SqliteHealthAndLogsTests() : HealthAndLogsTests(Lutetia.Storage.DatabaseProvider.Sqlite);
