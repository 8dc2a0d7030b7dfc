using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage;

/// <summary>
/// The reconciliation of the data with the audit trail (docs/security.md, Audit trail integrity): the trail is replayed from its
/// first entry — an insert gives the whole row (field <c>*</c>), an update one column, a delete
/// removes the row — and what it gives must be exactly what the database holds, table by table,
/// row by row, column by column. A direct SQL update, insert or delete of an audited table, done
/// around Lutetia, is named with the trail's value and the stored one. An entry whose old value
/// is not what the entries before it give (a forged old value, a change recorded that never
/// happened) is named too.
/// </summary>
/// <remarks>
/// Tables reconciled: every table of the model written through <see cref="LutetiaDbContext.SaveChanges(bool)"/>,
/// hence audited — the cohort tables, the workflow tables (field_queries, field_query_steps,
/// record_locks) and the accounts (users and Identity's other tables) — except the audit tables
/// themselves, data_quality_issues, a list derived from the data and written with SQL, outside the
/// trail, and data_protection_keys: the session keys, whose id the database assigns after the entry
/// that records the key's arrival is written and whose material the trail never holds (they are
/// session infrastructure, not study data; a forged key is caught by the sessions' own checks). Columns the trail never holds are not compared: each row's sequence and version, and the
/// accounts' secrets (password hash, stamps, token values). Memory: the trail is read in one pass,
/// ordered by id, and the rows it leaves are held as text (about a kilobyte per row: some 20 MB for a
/// study of 300 patients and 18,000 rows); the stored rows are read one at a time.
/// </remarks>
public static class AuditReplay
{
    /// <summary>At most this many differences are listed (all are counted).</summary>
    public const int MaximumListed = 1000;

    public static AuditReconciliation Reconcile(LutetiaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tables = Tables(db);
        var differences = new List<AuditDifference>();
        long count = 0;
        void Found(AuditDifference difference)
        {
            count++;
            if (differences.Count < MaximumListed)
                differences.Add(difference);
        }

        long entries = 0;
        foreach (var entry in AuditTrail.All(db))
        {
            entries++;
            if (entry.Entity == SessionKeysTable)
                continue;
            if (!tables.TryGetValue(entry.Entity, out var table))
                Found(Contradiction(entry, null, $"there is no audited table {entry.Entity} in this database"));
            else
                Apply(table, entry, Found);
        }
        long rows = 0;
        foreach (var table in tables.Values)
            rows += Compare(db, table, Found);
        return new AuditReconciliation(entries, rows, tables.Keys.Order(StringComparer.Ordinal).ToList(), differences, count);
    }

    /// <summary>The session keys' table: its entries record a key's arrival, but it is not reconciled (see the remarks).</summary>
    private const string SessionKeysTable = "data_protection_keys";

    /// <summary>The audited tables by the name the trail gives them.</summary>
    private static Dictionary<string, ReplayedTable> Tables(LutetiaDbContext db)
    {
        var tables = new Dictionary<string, ReplayedTable>(StringComparer.Ordinal);
        foreach (var type in db.Model.GetEntityTypes())
        {
            if (type.IsOwned() || type.FindPrimaryKey() is null || type.ClrType == typeof(AuditEntry)
                || type.ClrType == typeof(AuditChainHead) || type.ClrType == typeof(DataQualityIssueRow)
                || type.ClrType == typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey))
                continue;
            var name = AuditChanges.EntityName(type);
            tables[name] = new ReplayedTable(name, type);
        }
        return tables;
    }

    private static void Apply(ReplayedTable table, AuditEntry entry, Action<AuditDifference> found)
    {
        var key = entry.EntityKey;
        var exists = table.Rows.TryGetValue(key, out var row);
        switch (entry.Action)
        {
            case AuditAction.Insert:
                if (exists)
                    found(Contradiction(entry, table.Text(row!), "it inserts a row that the entries before it already hold"));
                table.Rows[key] = AuditValues.ParseRow(entry.NewValue);
                break;
            case AuditAction.Update when !exists:
                found(Contradiction(entry, null, "it changes a row that the entries before it do not hold (never inserted, or deleted)"));
                break;
            case AuditAction.Update:
                var before = row!.GetValueOrDefault(entry.Field);
                if (!table.Same(entry.Field, before, entry.OldValue))
                    found(Contradiction(entry, before,
                        $"it says the value was {AuditDifference.Shown(entry.OldValue)} before the change, the entries before it give {AuditDifference.Shown(before)}: " +
                        "the old value was forged, or a change was not recorded"));
                if (entry.NewValue is null)
                    row!.Remove(entry.Field);
                else
                    row![entry.Field] = entry.NewValue;
                break;
            case AuditAction.Delete when !exists:
                found(Contradiction(entry, null, "it deletes a row that the entries before it do not hold (never inserted, or deleted)"));
                break;
            case AuditAction.Delete:
                if (!SameRow(table, row!, AuditValues.ParseRow(entry.OldValue)))
                    found(Contradiction(entry, table.Text(row!), $"it deletes the row as ({entry.OldValue}), the entries before it give ({table.Text(row!)})"));
                table.Rows.Remove(key);
                break;
        }
    }

    /// <summary>Compares every stored row of a table with the trail's; returns the number of stored rows.</summary>
    private static long Compare(LutetiaDbContext db, ReplayedTable table, Action<AuditDifference> found)
    {
        long count = 0;
        foreach (var stored in table.Stored(db))
        {
            count++;
            var fields = table.Fields(stored).ToList();
            var (key, _) = AuditChanges.KeyOf(table.Type, stored);
            if (!table.Rows.Remove(key, out var row))
            {
                found(new(AuditDifferenceKind.MissingFromTrail, table.Name, key, "*", null, AuditValues.Row(fields)));
                continue;
            }
            foreach (var (property, value) in fields)
            {
                var column = property.GetColumnName();
                var trail = row.GetValueOrDefault(column);
                row.Remove(column);
                if (!table.Same(column, trail, value))
                    found(new(AuditDifferenceKind.ValueDiffers, table.Name, key, column, trail, value));
            }
            foreach (var (column, trail) in row)
                found(new(AuditDifferenceKind.ValueDiffers, table.Name, key, column, trail, null));
        }
        foreach (var (key, row) in table.Rows.OrderBy(r => r.Key, StringComparer.Ordinal))
            found(new(AuditDifferenceKind.MissingFromDatabase, table.Name, key, "*", table.Text(row), null));
        table.Rows.Clear();
        return count;
    }

    private static AuditDifference Contradiction(AuditEntry entry, string? trail, string note) =>
        new(AuditDifferenceKind.TrailContradiction, entry.Entity, entry.EntityKey, entry.Field, trail, entry.Action == AuditAction.Insert ? entry.NewValue : entry.OldValue,
            entry.Id, note);

    private static bool SameRow(ReplayedTable table, Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Keys.Union(b.Keys).All(column => table.Same(column, a.GetValueOrDefault(column), b.GetValueOrDefault(column)));
}
