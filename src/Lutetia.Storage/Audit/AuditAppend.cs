using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lutetia.Storage;

/// <summary>
/// Appends a save's entries to the chain once its head is locked: numbers them after the head,
/// stamps them with the instant of the append, hashes each onto the one before (<see cref="AuditHash"/>,
/// unchanged), and writes them and the moved head in one command — one round trip for a save of up
/// to <see cref="EntriesPerStatement"/> entries. The values are bound through the model's own type
/// mappings (converters included), so a row is stored exactly as EF Core's own insert stored it.
/// </summary>
internal static class AuditAppend
{
    /// <summary>Entries per INSERT: 13 parameters each stays far under SQLite's 32,766 and PostgreSQL's 65,535.</summary>
    private const int EntriesPerStatement = 500;

    public static async Task WriteAsync(LutetiaDbContext db, List<AuditEntry> entries, (long LastId, string LastHash) head, bool async,
        CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
            return;
        var (lastId, lastHash) = head;
        var at = AuditHash.ToMicroseconds(db.Clock.GetUtcNow().UtcDateTime);
        foreach (var entry in entries)
        {
            entry.Id = ++lastId;
            entry.AtUtc = at;
            entry.PreviousHash = lastHash;
            entry.Hash = lastHash = AuditHash.Compute(entry.PreviousHash, entry);
        }
        for (var start = 0; start < entries.Count; start += EntriesPerStatement)
        {
            var last = start + EntriesPerStatement >= entries.Count;
            var (sql, parameters) = Command(db, entries.GetRange(start, Math.Min(EntriesPerStatement, entries.Count - start)),
                last ? (lastId, lastHash) : null);
#pragma warning disable EF1002 // Identifiers come from the model, every value is a parameter.
            if (async)
                await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken).ConfigureAwait(false);
            else
                db.Database.ExecuteSqlRaw(sql, parameters);
#pragma warning restore EF1002
        }
    }

    /// <summary>One multi-row INSERT of the entries, followed (for the last chunk) by the head's UPDATE.</summary>
    private static (string Sql, List<DbParameter> Parameters) Command(LutetiaDbContext db, List<AuditEntry> entries, (long LastId, string LastHash)? head)
    {
        var helper = db.GetService<ISqlGenerationHelper>();
        var entryType = db.Model.FindEntityType(typeof(AuditEntry))!;
        var properties = entryType.GetProperties().ToList();
        using var factory = db.Database.GetDbConnection().CreateCommand();
        var parameters = new List<DbParameter>(entries.Count * properties.Count + 2);
        var sql = new StringBuilder("INSERT INTO ").Append(helper.DelimitIdentifier(entryType.GetTableName()!)).Append(" (")
            .AppendJoin(", ", properties.Select(p => helper.DelimitIdentifier(p.GetColumnName()))).Append(") VALUES ");
        foreach (var entry in entries)
        {
            sql.Append(parameters.Count == 0 ? "(" : ", (");
            for (var i = 0; i < properties.Count; i++)
                sql.Append(i == 0 ? "" : ", ").Append(Parameter(helper, factory, parameters, properties[i], properties[i].GetGetter().GetClrValue(entry)));
            sql.Append(')');
        }
        if (head is { } moved)
        {
            var headType = db.Model.FindEntityType(typeof(AuditChainHead))!;
            var lastId = headType.FindProperty(nameof(AuditChainHead.LastEntryId))!;
            var lastHash = headType.FindProperty(nameof(AuditChainHead.LastHash))!;
            var id = headType.FindProperty(nameof(AuditChainHead.Id))!;
            sql.Append("; UPDATE ").Append(helper.DelimitIdentifier(headType.GetTableName()!))
                .Append(" SET ").Append(helper.DelimitIdentifier(lastId.GetColumnName())).Append(" = ").Append(Parameter(helper, factory, parameters, lastId, moved.LastId))
                .Append(", ").Append(helper.DelimitIdentifier(lastHash.GetColumnName())).Append(" = ").Append(Parameter(helper, factory, parameters, lastHash, moved.LastHash))
                .Append(" WHERE ").Append(helper.DelimitIdentifier(id.GetColumnName())).Append(" = ").Append(Parameter(helper, factory, parameters, id, AuditChainHead.SingleId));
        }
        return (sql.ToString(), parameters);
    }

    /// <summary>A parameter bound as the property's type mapping binds it; its placeholder in the SQL.</summary>
    private static string Parameter(ISqlGenerationHelper helper, DbCommand factory, List<DbParameter> parameters, IProperty property, object? value)
    {
        var name = helper.GenerateParameterName(string.Create(CultureInfo.InvariantCulture, $"a{parameters.Count}"));
        parameters.Add(property.GetRelationalTypeMapping().CreateParameter(factory, name, value, property.IsNullable));
        return name;
    }
}
