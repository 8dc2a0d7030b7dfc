namespace Lutetia.Storage.Backup;

/// <summary>What a backup file carries (docs/storage.md, "Backup and restore").</summary>
public enum BackupKind
{
    /// <summary>A copy of the SQLite database file made with SQLite's online backup API; restores into SQLite.</summary>
    SqliteFile,

    /// <summary>A <c>pg_dump</c> archive (custom format) taken in the snapshot the manifest was read in; restores into PostgreSQL with <c>pg_restore</c>.</summary>
    PgDump,

    /// <summary>Every table's rows as JSON lines, values written independently of the database: restores into SQLite or PostgreSQL.</summary>
    Logical,
}
