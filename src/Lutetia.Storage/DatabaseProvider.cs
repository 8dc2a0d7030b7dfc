namespace Lutetia.Storage;

/// <summary>Where the data live: a SQLite file (one site) or a PostgreSQL server (a network of centres).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
