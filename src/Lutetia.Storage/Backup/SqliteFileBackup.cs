using System.IO.Compression;
using Microsoft.Data.Sqlite;

namespace Lutetia.Storage.Backup;

/// <summary>
/// A SQLite backup through SQLite's online backup API (<see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/>):
/// it copies the database's pages in one step inside a read transaction, so the copy is one consistent
/// state of the database while the server keeps saving (in WAL mode a reader never blocks the writer).
/// The copy is made in a hidden owner-only file next to the output, the facts read from it — hence
/// from the same state — and it is then compressed into the archive. A restore checks the copy
/// (<c>PRAGMA integrity_check</c>) and copies it with the same API into the target.
/// </summary>
internal static class SqliteFileBackup
{
    public const string Part = "database.sqlite";

    public static BackupStep Write(LutetiaConnection source, BackupArchiveWriter archive)
    {
        var copy = Path.Combine(archive.Folder, $".lutetia-backup-{Guid.NewGuid():N}.sqlite");
        try
        {
            SnapshotFacts? facts;
            using (var from = Connect(source.ConnectionString, SqliteOpenMode.ReadWrite))
            using (var to = Connect(CreateOwnerOnly(copy), SqliteOpenMode.ReadWriteCreate))
            {
                from.BackupDatabase(to);
                facts = SnapshotFacts.Read(to, null, DatabaseProvider.Sqlite);
            }
            if (facts is null)
                return BackupStep.Refused($"{new SqliteConnectionStringBuilder(source.ConnectionString).DataSource} cannot be backed up: {SnapshotFacts.NotLutetia}");
            archive.Add(Part, CompressionLevel.Optimal, part =>
            {
                using var file = File.OpenRead(copy);
                file.CopyTo(part);
            });
            return BackupStep.Done(facts);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    /// <summary>Null when restored; otherwise why not (nothing written to the target).</summary>
    public static string? Restore(BackupArchiveReader archive, LutetiaConnection target)
    {
        var targetFile = Path.GetFullPath(new SqliteConnectionStringBuilder(target.ConnectionString).DataSource);
        var copy = Path.Combine(Path.GetDirectoryName(targetFile)!, $".lutetia-restore-{Guid.NewGuid():N}.sqlite");
        try
        {
            CreateOwnerOnly(copy);
            using (var file = File.OpenWrite(copy))
            using (var part = archive.Open(Part))
                part.CopyTo(file);
            using var from = Connect(copy, SqliteOpenMode.ReadWrite);
            using (var check = DatabaseFacts.Command(from, null, "PRAGMA integrity_check"))
            {
                var verdict = check.ExecuteScalar() as string;
                if (verdict != "ok")
                    return $"the database inside {archive.File} is damaged (SQLite's integrity check: {verdict}): use another copy of the backup";
            }
            SqliteFile.CreateOwnerOnly(target.ConnectionString);
            using var to = Connect(target.ConnectionString, SqliteOpenMode.ReadWriteCreate);
            from.BackupDatabase(to);
            return null;
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static string CreateOwnerOnly(string file)
    {
        SqliteFile.CreateOwnerOnly($"Data Source={file}");
        return file;
    }

    /// <summary>A connection outside the pool (closed for good when disposed, so the file can be deleted).</summary>
    public static SqliteConnection Connect(string fileOrConnectionString, SqliteOpenMode mode)
    {
        var builder = fileOrConnectionString.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(fileOrConnectionString)
            : new SqliteConnectionStringBuilder { DataSource = fileOrConnectionString };
        builder.Pooling = false;
        builder.Mode = mode;
        var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }
}
