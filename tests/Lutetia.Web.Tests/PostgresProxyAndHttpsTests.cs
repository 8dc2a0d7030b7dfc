namespace Lutetia.Web.Tests;

public sealed class PostgresProxyAndHttpsTests() : ProxyAndHttpsTests(Lutetia.Storage.DatabaseProvider.Postgres);
