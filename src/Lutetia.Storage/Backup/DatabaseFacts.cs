using System.Data.Common;
using System.Globalization;

namespace Lutetia.Storage.Backup;

/// <summary>
/// What a backup records of the database and a restore checks, read with plain SQL on an open
/// connection (inside the caller's transaction, so in the same snapshot as the data): the schema
/// version, the audit chain head, the tables and their row counts.
/// </summary>
internal static class DatabaseFacts
{
    /// <summary>The last migration applied, or null when the database has no migration history (not Lutetia's, or empty).</summary>
    public static string? SchemaVersion(DbConnection connection, DbTransaction? transaction, DatabaseProvider provider)
    {
        if (!Tables(connection, transaction, provider, includeMigrationHistory: true).Contains("__EFMigrationsHistory"))
            return null;
        return Scalar(connection, transaction, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\" DESC LIMIT 1") as string;
    }

    /// <summary>The audit chain head (last entry id and hash) of a Lutetia database.</summary>
    public static (long EntryId, string Hash) Head(DbConnection connection, DbTransaction? transaction)
    {
        using var command = Command(connection, transaction, "SELECT last_entry_id, last_hash FROM audit_chain_head WHERE id = 1");
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return (0, AuditHash.Genesis);
        return (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1).Trim());
    }

    /// <summary>The tables of the database (the current schema on PostgreSQL), by name, without EF Core's own unless asked.</summary>
    public static IReadOnlyList<string> Tables(DbConnection connection, DbTransaction? transaction, DatabaseProvider provider,
        bool includeMigrationHistory = false)
    {
        var sql = provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";
        using var command = Command(connection, transaction, sql);
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            var name = reader.GetString(0);
            if (includeMigrationHistory || !name.StartsWith("__EF", StringComparison.Ordinal))
                tables.Add(name);
        }
        return tables;
    }

    public static long Count(DbConnection connection, DbTransaction? transaction, string table) =>
        Convert.ToInt64(Scalar(connection, transaction, $"SELECT COUNT(*) FROM {Quoted(table)}"), CultureInfo.InvariantCulture);

    /// <summary>Every table and its row count.</summary>
    public static IReadOnlyList<BackupTable> Counts(DbConnection connection, DbTransaction? transaction, DatabaseProvider provider) =>
        Tables(connection, transaction, provider).Select(t => new BackupTable(t, Count(connection, transaction, t))).ToList();

    public static string Quoted(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

#pragma warning disable CA2100 // Table names come from the database's catalog or the model, never from input.
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        return command;
    }
#pragma warning restore CA2100

    private static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        return command.ExecuteScalar();
    }
}
