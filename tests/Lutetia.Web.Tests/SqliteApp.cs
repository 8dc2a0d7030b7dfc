using Lutetia.Storage;

namespace Lutetia.Web.Tests;

public sealed class SqliteApp() : AppFixture(DatabaseProvider.Sqlite);
