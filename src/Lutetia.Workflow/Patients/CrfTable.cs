using Lutetia.Intake;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// One table of the cohort format as a form edits it: its specification (the column rules of
/// Lutetia.Intake), how to read one patient's rows, and how to make a new row.
/// </summary>
public sealed record CrfTable(TableSpec Spec, Func<LutetiaDbContext, string, IQueryable<CohortRow>> RowsOf, Func<string, CohortRow> NewRow)
{
    public string Name => Spec.Name;

    private static CrfTable Of<TRow>(string name, Func<IQueryable<TRow>, string, IQueryable<TRow>> rowsOf, Func<string, TRow> newRow)
        where TRow : CohortRow =>
        new(CohortFormat.Table(name) ?? throw new InvalidOperationException($"no table {name} in the cohort format"),
            (db, patient) => rowsOf(db.Set<TRow>(), patient).OrderBy(r => r.Sequence),
            patient => newRow(patient));

    public static readonly CrfTable Patients = Of<PatientRow>("patients", (q, p) => q.Where(r => r.PatientId == p), p => new PatientRow { PatientId = p });
    public static readonly CrfTable MetastaticSites = Of<MetastaticSiteRow>("metastatic_sites", (q, p) => q.Where(r => r.PatientId == p), p => new MetastaticSiteRow { PatientId = p });
    public static readonly CrfTable PriorTreatments = Of<PriorTreatmentRow>("prior_treatments", (q, p) => q.Where(r => r.PatientId == p), p => new PriorTreatmentRow { PatientId = p });
    public static readonly CrfTable PrrtCycles = Of<PrrtCycleRow>("prrt_cycles", (q, p) => q.Where(r => r.PatientId == p), p => new PrrtCycleRow { PatientId = p });
    public static readonly CrfTable Lesions = Of<LesionRow>("lesions", (q, p) => q.Where(r => r.PatientId == p), p => new LesionRow { PatientId = p });
    public static readonly CrfTable Reads = Of<ReadRow>("reads", (q, p) => q.Where(r => r.PatientId == p), p => new ReadRow { PatientId = p });
    /// <summary>The reads form of an account that does not see central reads (docs/security.md, "Blinding and confidentiality").</summary>
    public static readonly CrfTable LocalReads = Of<ReadRow>("reads", (q, p) => q.Where(r => r.PatientId == p && r.Reader == Lutetia.Domain.Reader.Local), p => new ReadRow { PatientId = p });
    public static readonly CrfTable Symptoms = Of<SymptomRow>("symptoms", (q, p) => q.Where(r => r.PatientId == p), p => new SymptomRow { PatientId = p });
    public static readonly CrfTable Labs = Of<LabRow>("labs", (q, p) => q.Where(r => r.PatientId == p), p => new LabRow { PatientId = p });
    public static readonly CrfTable Complications = Of<ComplicationRow>("complications", (q, p) => q.Where(r => r.PatientId == p), p => new ComplicationRow { PatientId = p });
    public static readonly CrfTable Progression = Of<ProgressionRow>("progression", (q, p) => q.Where(r => r.PatientId == p), p => new ProgressionRow { PatientId = p });

    /// <summary>Every table a patient's forms edit, by name.</summary>
    public static IReadOnlyDictionary<string, CrfTable> ByName { get; } = new[]
    {
        Patients, MetastaticSites, PriorTreatments, PrrtCycles, Lesions, Reads, Symptoms, Labs, Complications, Progression,
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);
}
