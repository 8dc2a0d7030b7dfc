namespace Lutetia.Web.Tests;

public sealed class PostgresSignInTests() : SignInTests(Lutetia.Storage.DatabaseProvider.Postgres);
