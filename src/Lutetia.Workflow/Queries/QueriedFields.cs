using System.Globalization;
using Lutetia.Intake;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Patients;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Queries;

/// <summary>
/// The fields queries are about, read from the database: whether a (table, record, field) exists
/// for a patient, and its current value — through the blinding rules (a reviewer sees no read of a
/// patient waiting for review, an investigator no central read before their release).
/// </summary>
internal static class QueriedFields
{
    /// <summary>Null when the table is the cohort format's, the field one of its columns and the record the patient's; else the refusal naming what exists.</summary>
    public static async Task<Refusal?> TargetProblemAsync(LutetiaDbContext db, string patientId, string entity, string entityKey, string field,
        CancellationToken cancellation)
    {
        if (CohortFormat.Table(entity) is not { } table || table.Name != entity)
            return Invalid("entity", $"\"{entity}\" is not a table of the cohort format");
        if (table.Column(field) is null)
            return Invalid("field", $"{entity} has no field \"{field}\"; its fields are {string.Join(", ", table.Columns.Select(c => c.Name))}");
        if (CohortRecords.Rows(db, entity, patientId) is not { } rows)
            return Invalid("entity",
                $"\"{entity}\" is not a table of a patient's record; a query is raised on one of {string.Join(", ", CohortRecords.Tables)}");
        var records = await rows.AsNoTracking().ToListAsync(cancellation).ConfigureAwait(false);
        return records.Exists(r => r.AuditKey == entityKey)
            ? null
            : Invalid("entityKey", string.Create(CultureInfo.InvariantCulture, $"patient {patientId} has no {entity} record {entityKey}"));
    }

    /// <summary>The current value of each field asked for, in the order asked; a table that is not a patient's gives a field without value.</summary>
    public static async Task<IReadOnlyList<QueriedField>> ReadAsync(LutetiaDbContext db, Account actor, string centre, string patientId,
        IReadOnlyList<(string Table, string RecordKey, string Field)> fields, CancellationToken cancellation)
    {
        var blinding = await ReadBlinding.ForAsync(db, actor, centre, cancellation).ConfigureAwait(false);
        var rowsByTable = new Dictionary<string, List<CohortRow>>(StringComparer.Ordinal);
        foreach (var table in fields.Select(f => f.Table).Distinct())
        {
            if (CohortRecords.Rows(db, table, patientId) is { } rows)
                rowsByTable[table] = await rows.AsNoTracking().ToListAsync(cancellation).ConfigureAwait(false);
        }
        var read = new List<QueriedField>(fields.Count);
        foreach (var (table, key, field) in fields)
        {
            var row = rowsByTable.GetValueOrDefault(table)?.Find(r => r.AuditKey == key);
            var hidden = IsHidden(blinding, patientId, table, key);
            var value = row is null || hidden ? null : ValueOf(db, table, field, row);
            read.Add(new QueriedField(table, key, field, row is null ? null : FormRows.Key(row), value, hidden && row is not null));
        }
        return read;
    }

    /// <summary>Whether the field belongs to a read (or a measurement of one) the account may not see.</summary>
    private static bool IsHidden(ReadBlinding blinding, string patientId, string table, string key) => table switch
    {
        "reads" => blinding.HidesRead(patientId, key),
        "measurements" => blinding.HidesRead(patientId, key.Split('/', 2)[0]),
        _ => false,
    };

    /// <summary>The cell as the forms write it, or null when the column is not the table's.</summary>
    private static string? ValueOf(LutetiaDbContext db, string table, string field, CohortRow row)
    {
        if (CohortFormat.Table(table)?.Column(field) is not { } column)
            return null;
        var entity = db.Model.FindEntityType(row.GetType())!;
        return RowCells.Text(RowCells.Property(entity, column), row);
    }

    private static Refusal Invalid(string field, string message) => Refusal.Invalid(message, new FieldProblem(field, message));
}
