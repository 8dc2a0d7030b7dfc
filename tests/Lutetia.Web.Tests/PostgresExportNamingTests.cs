namespace Lutetia.Web.Tests;

public sealed class PostgresExportNamingTests() : ExportNamingTests(Lutetia.Storage.DatabaseProvider.Postgres);
