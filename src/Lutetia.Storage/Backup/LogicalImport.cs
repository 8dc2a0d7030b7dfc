using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Lutetia.Storage.Backup;

/// <summary>
/// Restores a logical backup into an empty SQLite or PostgreSQL database: migrates it to the backup's
/// schema version (found by name among this database's migrations), then, in one transaction, inserts
/// every table's rows in the manifest's order (parents first) — prepared inserts on SQLite, binary
/// COPY on PostgreSQL — sets the chain head to the recorded one (the head row only moves forward) and,
/// on PostgreSQL, moves each identity sequence past the restored ids. A failure rolls the rows back.
/// </summary>
internal static class LogicalImport
{
    /// <summary>Null when restored; otherwise why not.</summary>
    public static string? Restore(BackupArchiveReader archive, LutetiaConnection target, string migration)
    {
        using var db = LutetiaDatabase.Open(target, "cli:restore");
        db.GetService<IMigrator>().Migrate(migration);
        var tables = LogicalTable.Of(db).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        connection.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var table in archive.Manifest.Tables)
        {
            if (table.Name == "audit_chain_head")
                continue;
            if (!tables.TryGetValue(table.Name, out var model))
                return $"the backup holds the table {table.Name}, which this program's schema does not have: restore it with the Lutetia that made it";
            var problem = RestoreTable(archive, connection, transaction, model);
            if (problem is not null)
                return problem;
        }
        MoveHead(connection, transaction, archive.Manifest);
        if (target.Provider == DatabaseProvider.Postgres)
            ResetSequences(connection, transaction);
        transaction.Commit();
        return null;
    }

    private static string? RestoreTable(BackupArchiveReader archive, DbConnection connection, DbTransaction transaction, LogicalTable model)
    {
        using var reader = new StreamReader(archive.Open(model.Part));
        var header = JsonSerializer.Deserialize<LogicalHeader>(reader.ReadLine() ?? "null", LogicalJson.Options);
        if (header is null || header.Table != model.Name)
            return $"{archive.File} is damaged: the part {model.Part} does not start with its table's header";
        var columns = new List<ColumnCodec>();
        foreach (var name in header.Columns)
        {
            var column = model.Columns.FirstOrDefault(c => c.Name == name);
            if (column is null)
                return $"the backup's table {model.Name} has a column {name} that this program's schema does not have: restore it with the Lutetia that made it";
            columns.Add(column);
        }
        var rows = Rows(reader);
        if (connection is NpgsqlConnection npgsql)
            Copy(npgsql, model.Name, columns, rows);
        else
            Insert(connection, transaction, model.Name, columns, rows);
        return null;
    }

    private static IEnumerable<string?[]> Rows(StreamReader reader)
    {
        while (reader.ReadLine() is { } line)
            yield return JsonSerializer.Deserialize<string?[]>(line, LogicalJson.Options)
                         ?? throw new InvalidDataException("a row of a logical backup is null");
    }

    private static void Insert(DbConnection connection, DbTransaction transaction, string table, List<ColumnCodec> columns, IEnumerable<string?[]> rows)
    {
        var names = string.Join(", ", columns.Select(c => DatabaseFacts.Quoted(c.Name)));
        var values = string.Join(", ", columns.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@p{i}")));
        using var command = DatabaseFacts.Command(connection, transaction, $"INSERT INTO {DatabaseFacts.Quoted(table)} ({names}) VALUES ({values})");
        var parameters = columns.Select((c, i) =>
        {
            var parameter = c.Mapping.CreateParameter(command, string.Create(CultureInfo.InvariantCulture, $"@p{i}"), null, nullable: true);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
                parameters[i].Value = columns[i].ToProvider(row[i]) ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    private static void Copy(NpgsqlConnection connection, string table, List<ColumnCodec> columns, IEnumerable<string?[]> rows)
    {
        var names = string.Join(", ", columns.Select(c => DatabaseFacts.Quoted(c.Name)));
        using var importer = connection.BeginBinaryImport($"COPY {DatabaseFacts.Quoted(table)} ({names}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            importer.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].ToProvider(row[i]) is { } value)
                    importer.Write(value, columns[i].StoreTypeBase);
                else
                    importer.WriteNull();
            }
        }
        importer.Complete();
    }

    private static void MoveHead(DbConnection connection, DbTransaction transaction, BackupManifest manifest)
    {
        if (manifest.HeadEntryId == 0)
            return;
        using var command = DatabaseFacts.Command(connection, transaction,
            "UPDATE audit_chain_head SET last_entry_id = @id, last_hash = @hash WHERE id = 1");
        var id = command.CreateParameter();
        id.ParameterName = "@id";
        id.Value = manifest.HeadEntryId;
        var hash = command.CreateParameter();
        hash.ParameterName = "@hash";
        hash.Value = manifest.HeadHash;
        command.Parameters.Add(id);
        command.Parameters.Add(hash);
        command.ExecuteNonQuery();
    }

    private static void ResetSequences(DbConnection connection, DbTransaction transaction)
    {
        var serial = new List<(string Table, string Column)>();
        using (var find = DatabaseFacts.Command(connection, transaction,
                   "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() " +
                   "AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')"))
        using (var reader = find.ExecuteReader())
        {
            while (reader.Read())
                serial.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (table, column) in serial)
        {
            var quotedTable = DatabaseFacts.Quoted(table).Replace("'", "''", StringComparison.Ordinal);
            using var reset = DatabaseFacts.Command(connection, transaction,
                $"SELECT setval(pg_get_serial_sequence('{quotedTable}', '{column.Replace("'", "''", StringComparison.Ordinal)}'), " +
                $"COALESCE((SELECT MAX({DatabaseFacts.Quoted(column)}) FROM {DatabaseFacts.Quoted(table)}), 0) + 1, false)");
            reset.ExecuteNonQuery();
        }
    }
}
