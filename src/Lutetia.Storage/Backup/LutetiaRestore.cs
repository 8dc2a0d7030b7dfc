using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lutetia.Storage.Backup;

/// <summary>
/// <c>lutetia restore FILE --db …</c>: checks the backup file (a Lutetia backup of a format and a
/// schema this program knows, every part with the checksum recorded when it was written), checks that
/// the target database is empty, restores, and verifies the result (<see cref="RestoreCheck"/>). Every
/// refusal before the restore leaves the target as it was.
/// </summary>
public static class LutetiaRestore
{
    public static RestoreOutcome Run(string file, LutetiaConnection target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!BackupArchiveReader.TryOpen(file, out var archive, out var problem))
            return RestoreOutcome.Refused(problem);
        using (archive)
        {
            var manifest = archive.Manifest;
            problem = Compatible(manifest, target.Provider);
            var migration = SchemaVersions.Matching(Known(target.Provider), manifest.SchemaVersion);
            if (problem is null && migration is null)
                problem = $"{file} was taken from a database at schema {manifest.SchemaVersion}, which this Lutetia ({LutetiaBackup.Program}) does not know: " +
                          $"it comes from a newer Lutetia ({manifest.Program}). Restore it with that version or a later one";
            problem ??= archive.CheckParts();
            var hasTables = false;
            if (problem is null)
                RestoreTarget.TryCheck(target, out hasTables, out problem);
            if (problem is not null)
                return RestoreOutcome.Refused(problem);
            try
            {
                problem = manifest.Kind switch
                {
                    BackupKind.SqliteFile => SqliteFileBackup.Restore(archive, target),
                    BackupKind.PgDump => PgDumpBackup.Restore(archive, target, hasTables),
                    _ => LogicalImport.Restore(archive, target, migration!),
                };
            }
            catch (Exception e) when (e is NpgsqlException or SqliteException or TimeoutException or InvalidDataException or System.Text.Json.JsonException)
            {
                problem = $"restoring into {target} failed: {e.Message}";
            }
            return problem is null ? RestoreCheck.Verify(archive, target) : new RestoreOutcome(false, [], problem, true);
        }
    }

    private static string? Compatible(BackupManifest manifest, DatabaseProvider target) => (manifest.Kind, target) switch
    {
        (BackupKind.SqliteFile, DatabaseProvider.Postgres) =>
            "this is a SQLite backup (a copy of the database file): it restores into a SQLite file (--db FILE). To move a study to PostgreSQL, " +
            "take a logical backup of it (`lutetia backup --format logical`) and restore that",
        (BackupKind.PgDump, DatabaseProvider.Sqlite) =>
            "this is a PostgreSQL backup made by pg_dump: it restores into PostgreSQL (--db \"Host=…;Database=…\"). To move a study to SQLite, " +
            "take a logical backup of it (`lutetia backup --format logical`) and restore that",
        _ => null,
    };

    /// <summary>The migrations this program has for <paramref name="provider"/> (a context that never connects).</summary>
    private static IReadOnlyList<string> Known(DatabaseProvider provider)
    {
        using var db = LutetiaDatabase.Open(new LutetiaConnection(provider,
            provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost"), "cli:restore");
        return SchemaVersions.Known(db);
    }
}
