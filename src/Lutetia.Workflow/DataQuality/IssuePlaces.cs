using Lutetia.Storage;
using Lutetia.Workflow.Patients;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.DataQuality;

/// <summary>
/// Where a patient's issues are on the forms: every stored row of the patient by table and audit
/// key (the key <see cref="IssueRefresh"/> gives an issue), answering the row's form key; and which
/// form of a table shows a field (the patients table is spread over three forms).
/// </summary>
internal sealed class IssuePlaces
{
    private const string Measurements = "measurements";
    private readonly Dictionary<(string Table, string AuditKey), string> _rows = [];

    private static readonly CrfForm[] PatientForms = [CrfForm.Tumour, CrfForm.EndOfPrrt, CrfForm.VitalStatus];

    private static readonly Dictionary<string, CrfForm> FormOfTable = new CrfForm[]
    {
        CrfForm.MetastaticSites, CrfForm.PriorTreatments, CrfForm.PrrtCycles, CrfForm.Symptoms, CrfForm.Labs,
        CrfForm.Complications, CrfForm.Progression, CrfForm.Lesions, CrfForm.Reads,
    }.ToDictionary(f => f.Table.Name, StringComparer.Ordinal);

    public static async Task<IssuePlaces> LoadAsync(LutetiaDbContext db, string patientId, CancellationToken cancellation)
    {
        var places = new IssuePlaces();
        foreach (var table in CrfTable.ByName.Values)
            places.Add(table.Name, await table.RowsOf(db, patientId).AsNoTracking().ToListAsync(cancellation).ConfigureAwait(false));
        places.Add(Measurements, await db.Measurements.AsNoTracking().Where(m => m.PatientId == patientId).ToListAsync(cancellation).ConfigureAwait(false));
        return places;
    }

    private void Add(string table, IEnumerable<CohortRow> rows)
    {
        foreach (var row in rows)
            _rows[(table, row.AuditKey)] = FormRows.Key(row);
    }

    public PlacedIssue Place(DataQualityIssue issue)
    {
        var row = issue.RecordKey is { } key ? _rows.GetValueOrDefault((issue.Table, key)) : null;
        if (issue.Table == Measurements)
            return new PlacedIssue(issue, Measurements, row, issue.RecordKey?.Split('/', 2)[0]);
        return new PlacedIssue(issue, FormOf(issue.Table, issue.Field)?.Name, row, null);
    }

    /// <summary>The form that shows a field of a table: for the patients table the one whose columns hold it.</summary>
    private static CrfForm? FormOf(string table, string? field)
    {
        if (table != CrfTable.Patients.Name)
            return FormOfTable.GetValueOrDefault(table);
        return PatientForms.FirstOrDefault(f => field is not null && f.Only!.Contains(field)) ?? CrfForm.Tumour;
    }
}
