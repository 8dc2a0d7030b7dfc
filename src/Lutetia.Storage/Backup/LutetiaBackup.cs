using System.Reflection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lutetia.Storage.Backup;

/// <summary>
/// <c>lutetia backup</c>: a consistent backup of a running database into one archive file (a zip of
/// the data and <c>manifest.json</c>, which records the schema version and the audit chain head read
/// in the same snapshot as the data). SQLite: the online backup API; PostgreSQL: pg_dump when on
/// PATH, else a logical export; <see cref="BackupFormat.Logical"/> asks for the logical export on
/// either. The database is never migrated nor written by a backup.
/// </summary>
public static class LutetiaBackup
{
    public static BackupOutcome Create(LutetiaConnection source, string output, BackupFormat format) =>
        Create(source, output, format, PgTools.Find);

    /// <summary>As above, <paramref name="findTool"/> finding pg_dump (the tests take it away).</summary>
    internal static BackupOutcome Create(LutetiaConnection source, string output, BackupFormat format, Func<string, string?> findTool)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(output);
        var folder = Path.GetDirectoryName(Path.GetFullPath(output))!;
        if (!Directory.Exists(folder))
            return BackupOutcome.Refused($"the folder {folder} of --out does not exist: create it (readable by the service's account only) or give another");
        if (source.Provider == DatabaseProvider.Sqlite && new SqliteConnectionStringBuilder(source.ConnectionString).DataSource is var file
            && !File.Exists(file))
            return BackupOutcome.Refused($"there is no database file {file}: give the one the server uses with --db FILE");
        var pgDump = source.Provider == DatabaseProvider.Postgres && format == BackupFormat.Native ? findTool("pg_dump") : null;
        var kind = format == BackupFormat.Logical ? BackupKind.Logical
            : source.Provider == DatabaseProvider.Sqlite ? BackupKind.SqliteFile
            : pgDump is not null ? BackupKind.PgDump : BackupKind.Logical;
        var note = source.Provider == DatabaseProvider.Postgres && format == BackupFormat.Native && pgDump is null
            ? "pg_dump is not on PATH: a logical export of every table was taken instead (install postgresql-client for pg_dump backups)"
            : null;
        using var archive = new BackupArchiveWriter(output);
        BackupStep step;
        try
        {
            step = kind switch
            {
                BackupKind.SqliteFile => SqliteFileBackup.Write(source, archive),
                BackupKind.PgDump => PgDumpBackup.Write(source, archive, pgDump!),
                _ => LogicalExport.Write(source, archive),
            };
        }
        catch (Exception e) when (e is NpgsqlException or SqliteException or TimeoutException)
        {
            return BackupOutcome.Refused($"cannot read the database ({source}): {e.Message}. Check the path or the server, its user and password");
        }
        if (step.Facts is not { } facts)
            return BackupOutcome.Refused(step.Problem!);
        var manifest = new BackupManifest(BackupManifest.Marker, BackupManifest.CurrentFormatVersion, kind, source.Provider,
            facts.SchemaVersion, DateTime.UtcNow, Program, facts.HeadEntryId, facts.HeadHash, facts.Tables, archive.Parts.ToList());
        archive.Complete(manifest);
        return new BackupOutcome(manifest, note, null);
    }

    /// <summary>The program that wrote the backup (<c>Lutetia 0.1.0</c>).</summary>
    public static string Program =>
        "Lutetia " + (typeof(LutetiaBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                      ?? typeof(LutetiaBackup).Assembly.GetName().Version?.ToString() ?? "?");
}
