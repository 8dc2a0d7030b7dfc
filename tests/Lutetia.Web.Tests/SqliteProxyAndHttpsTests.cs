namespace Lutetia.Web.Tests;

public sealed class SqliteProxyAndHttpsTests() : ProxyAndHttpsTests(Lutetia.Storage.DatabaseProvider.Sqlite);
