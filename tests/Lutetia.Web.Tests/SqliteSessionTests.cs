namespace Lutetia.Web.Tests;

public sealed class SqliteSessionTests() : SessionTests(Lutetia.Storage.DatabaseProvider.Sqlite);
