using Lutetia.Storage;

namespace Lutetia.Web.Tests;

public sealed class PostgresApp() : AppFixture(DatabaseProvider.Postgres);
