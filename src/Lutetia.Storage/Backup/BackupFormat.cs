namespace Lutetia.Storage.Backup;

/// <summary>What <c>lutetia backup --format</c> asks for.</summary>
public enum BackupFormat
{
    /// <summary>The database's own way: SQLite's online backup; pg_dump when on PATH, else a logical export.</summary>
    Native,

    /// <summary>A logical export of every table, whichever the database: restores into SQLite or PostgreSQL.</summary>
    Logical,
}
