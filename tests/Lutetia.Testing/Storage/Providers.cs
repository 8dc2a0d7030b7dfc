namespace Lutetia.Storage.Tests;

/// <summary>Both databases, as theory data: every storage behaviour is tested on SQLite and on PostgreSQL.</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> Both => new(DatabaseProvider.Sqlite, DatabaseProvider.Postgres);
}
