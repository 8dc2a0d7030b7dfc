using System.Data;
using System.Data.Common;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Backup;

/// <summary>
/// A logical backup: every table of the model, each as one part <c>tables/NAME.jsonl</c> — a header
/// line, then one JSON array of invariant texts (or null) per row, in key order — all read in one
/// snapshot (PostgreSQL: one REPEATABLE READ, READ ONLY transaction; SQLite: one read transaction),
/// rows streamed from the database into the archive. It needs the database at this program's schema
/// (the model says how each column is read); the values do not depend on the database, so it restores
/// into either.
/// </summary>
internal static class LogicalExport
{
    public static BackupStep Write(LutetiaConnection source, BackupArchiveWriter archive)
    {
        using var db = LutetiaDatabase.Open(source, "cli:backup");
        var connection = db.Database.GetDbConnection();
        connection.Open();
        using var transaction = BeginSnapshot(connection);
        var known = SchemaVersions.Known(db);
        var facts = SnapshotFacts.Read(connection, transaction, source.Provider, tables: []);
        if (facts is null)
            return BackupStep.Refused($"the database {LutetiaConnection.Redacted(source.ConnectionString)} cannot be backed up: {SnapshotFacts.NotLutetia}");
        if (facts.SchemaVersion != known[^1])
            return BackupStep.Refused($"the database is at schema {facts.SchemaVersion} and this program at {known[^1]}: a logical backup needs " +
                                      "the two to be the same. Back up with the Lutetia that runs the server (or without --format logical)");
        var counts = new List<BackupTable>();
        foreach (var table in LogicalTable.Of(db))
        {
            long rows = 0;
            archive.Add(table.Part, CompressionLevel.Optimal, part => rows = WriteTable(connection, transaction, table, part));
            counts.Add(new BackupTable(table.Name, rows));
        }
        transaction.Commit();
        return BackupStep.Done(facts with { Tables = counts });
    }

    private static DbTransaction BeginSnapshot(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
            return sqlite.BeginTransaction(deferred: true); // the snapshot is taken at the first read, below
        var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        using var readOnly = DatabaseFacts.Command(connection, transaction, "SET TRANSACTION READ ONLY");
        readOnly.ExecuteNonQuery();
        return transaction;
    }

    private static long WriteTable(DbConnection connection, DbTransaction transaction, LogicalTable table, Stream part)
    {
        using var buffered = new BufferedStream(part, 1 << 16);
        using var json = new Utf8JsonWriter(buffered);
        JsonSerializer.Serialize(json, new LogicalHeader(table.Name, table.Columns.Select(c => c.Name).ToList()), LogicalJson.Options);
        EndLine(json, buffered);
        var columns = string.Join(", ", table.Columns.Select(c => DatabaseFacts.Quoted(c.Name)));
        var order = table.Key.Count == 0 ? "" : " ORDER BY " + string.Join(", ", table.Key.Select(DatabaseFacts.Quoted));
        using var command = DatabaseFacts.Command(connection, transaction, $"SELECT {columns} FROM {DatabaseFacts.Quoted(table.Name)}{order}");
        using var reader = command.ExecuteReader(CommandBehavior.SequentialAccess);
        long rows = 0;
        while (reader.Read())
        {
            json.WriteStartArray();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (reader.IsDBNull(i))
                    json.WriteNullValue();
                else
                    json.WriteStringValue(table.Columns[i].Read(reader, i));
            }
            json.WriteEndArray();
            EndLine(json, buffered);
            rows++;
        }
        return rows;
    }

    private static void EndLine(Utf8JsonWriter json, Stream stream)
    {
        json.Flush();
        stream.WriteByte((byte)'\n');
        json.Reset();
    }
}
