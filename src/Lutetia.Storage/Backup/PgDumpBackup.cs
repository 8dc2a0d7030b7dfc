using System.Data;
using System.IO.Compression;
using Npgsql;

namespace Lutetia.Storage.Backup;

/// <summary>
/// A PostgreSQL backup by <c>pg_dump</c> (custom format), consistent with the head it records: a
/// REPEATABLE READ, READ ONLY transaction exports its snapshot (<c>pg_export_snapshot()</c>), reads
/// the schema version, the chain head and the row counts, and stays open while <c>pg_dump
/// --snapshot</c> dumps exactly what it saw, streamed into the archive. The server keeps serving:
/// pg_dump takes no lock that blocks a save. Restored with <c>pg_restore</c> into an empty database,
/// in one transaction, objects owned by the restoring role (<c>--no-owner --no-acl</c>).
/// </summary>
internal static class PgDumpBackup
{
    public const string Part = "database.pgdump";

    public static BackupStep Write(LutetiaConnection source, BackupArchiveWriter archive, string pgDump)
    {
        var builder = new NpgsqlConnectionStringBuilder(source.ConnectionString);
        using var connection = new NpgsqlConnection(source.ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        using (var readOnly = DatabaseFacts.Command(connection, transaction, "SET TRANSACTION READ ONLY"))
            readOnly.ExecuteNonQuery();
        string snapshot;
        using (var export = DatabaseFacts.Command(connection, transaction, "SELECT pg_export_snapshot()"))
            snapshot = (string)export.ExecuteScalar()!;
        var facts = SnapshotFacts.Read(connection, transaction, DatabaseProvider.Postgres);
        if (facts is null)
            return BackupStep.Refused($"the database {LutetiaConnection.Redacted(source.ConnectionString)} cannot be backed up: {SnapshotFacts.NotLutetia}");
        var result = (ExitCode: 0, Error: "");
        archive.Add(Part, CompressionLevel.NoCompression, part =>
            result = PgTools.Run(pgDump, ["--format=custom", "--snapshot=" + snapshot], builder, null, output => output.CopyTo(part)));
        transaction.Commit();
        if (result.ExitCode != 0)
            return BackupStep.Refused($"pg_dump failed (exit {result.ExitCode}): {result.Error}. " +
                                      "pg_dump must be of the server's major version or newer; `--format logical` backs up without it");
        return BackupStep.Done(facts);
    }

    /// <summary>Null when restored; otherwise pg_restore's message.</summary>
    public static string? Restore(BackupArchiveReader archive, LutetiaConnection target, bool targetHasTables)
    {
        var pgRestore = PgTools.Find("pg_restore");
        if (pgRestore is null)
            return "this backup was made by pg_dump and restores with pg_restore, which is not on PATH: install PostgreSQL's client programs " +
                   "(Debian: apt-get install postgresql-client, of the server's major version or newer) and restore again";
        List<string> arguments = ["--no-owner", "--no-acl", "--single-transaction", "--exit-on-error"];
        if (targetHasTables)
            arguments.AddRange(["--clean", "--if-exists"]); // the empty tables of a database Lutetia created: replaced by the backup's
        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        var (exitCode, error) = PgTools.Run(pgRestore, arguments, builder, input =>
        {
            using var part = archive.Open(Part);
            part.CopyTo(input);
        }, null);
        return exitCode == 0 ? null : $"pg_restore failed (exit {exitCode}), nothing was restored (one transaction): {error}";
    }
}
