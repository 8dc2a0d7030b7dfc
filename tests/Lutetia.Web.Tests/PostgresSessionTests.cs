namespace Lutetia.Web.Tests;

public sealed class PostgresSessionTests() : SessionTests(Lutetia.Storage.DatabaseProvider.Postgres);
