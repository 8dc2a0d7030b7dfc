namespace Lutetia.Web.Tests;

public sealed class SqliteExportNamingTests() : ExportNamingTests(Lutetia.Storage.DatabaseProvider.Sqlite);
