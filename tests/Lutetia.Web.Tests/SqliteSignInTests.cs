namespace Lutetia.Web.Tests;

public sealed class SqliteSignInTests() : SignInTests(Lutetia.Storage.DatabaseProvider.Sqlite);
