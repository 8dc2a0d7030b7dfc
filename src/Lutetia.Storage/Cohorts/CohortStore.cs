using Lutetia.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage;

/// <summary>
/// A whole cohort in and out of the database. Import writes every row in one transaction (one
/// save: all or nothing), each table's rows numbered in file order; export reads them back in that
/// order, so export → import → export gives the same files byte for byte.
/// </summary>
public static class CohortStore
{
    /// <summary>
    /// Stores a valid cohort (one read by Lutetia.Intake's CohortReader) into a database that holds
    /// no cohort yet. Returns the number of rows written.
    /// </summary>
    public static int Import(LutetiaDbContext db, Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cohort);
        if (db.Centers.Any() || db.Patients.Any())
            throw new InvalidOperationException(
                $"the database already holds a cohort ({db.Centers.Count()} centres, {db.Patients.Count()} patients): " +
                "a cohort is imported into an empty database; use a new database file or server database");
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var rows = Stage(db, cohort);
            db.SaveChanges();
            db.ChangeTracker.Clear();
            return rows;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>
    /// Adds every row of <paramref name="cohort"/> to the context, each table's rows numbered in file
    /// order, without saving (the caller saves, through the audit trail); returns the number of rows.
    /// Turn the tracker's automatic change detection off first: a large cohort adds fast without it.
    /// </summary>
    public static int Stage(LutetiaDbContext db, Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cohort);
        var patientOfRead = new Dictionary<ReadId, PatientId>(cohort.Reads.Count);
        foreach (var read in cohort.Reads)
            patientOfRead[read.Id] = read.Patient;
        var rows = 0;
        rows += Add(db, cohort.Centers, CenterRow.From);
        rows += Add(db, cohort.Patients, PatientRow.From);
        rows += Add(db, cohort.MetastaticSites, MetastaticSiteRow.From);
        rows += Add(db, cohort.PriorTreatments, PriorTreatmentRow.From);
        rows += Add(db, cohort.PrrtCycles, PrrtCycleRow.From);
        rows += Add(db, cohort.Lesions, LesionRow.From);
        rows += Add(db, cohort.Reads, ReadRow.From);
        rows += Add(db, cohort.Measurements, m => MeasurementRow.From(m, patientOfRead[m.Read]));
        rows += Add(db, cohort.Symptoms, SymptomRow.From);
        rows += Add(db, cohort.Labs, LabRow.From);
        rows += Add(db, cohort.Complications, ComplicationRow.From);
        rows += Add(db, cohort.Progressions, ProgressionRow.From);
        return rows;
    }

    private static int Add<TDomain, TRow>(LutetiaDbContext db, IReadOnlyList<TDomain> values, Func<TDomain, TRow> toRow)
        where TRow : CohortRow
    {
        var set = db.Set<TRow>();
        for (var i = 0; i < values.Count; i++)
        {
            var row = toRow(values[i]);
            row.Sequence = i + 1;
            set.Add(row);
        }
        return values.Count;
    }

    /// <summary>
    /// The cohort the database holds, every table in insertion order; with a centre, only that
    /// centre and its patients' rows (an investigator's export).
    /// </summary>
    public static Cohort Export(LutetiaDbContext db, string? centerId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (centerId is not null && !db.Centers.Any(c => c.CenterId == centerId))
            throw new ArgumentException($"there is no centre \"{centerId}\" in the database", nameof(centerId));
        var patients = centerId is null
            ? db.Patients.AsNoTracking()
            : db.Patients.AsNoTracking().Where(p => p.CenterId == centerId);
        var ids = patients.Select(p => p.PatientId);
        IQueryable<T> Of<T>(IQueryable<T> rows, Func<IQueryable<T>, IQueryable<T>> filter) where T : CohortRow =>
            (centerId is null ? rows.AsNoTracking() : filter(rows.AsNoTracking())).OrderBy(r => r.Sequence);

        return new Cohort
        {
            Centers = Of(db.Centers, q => q.Where(c => c.CenterId == centerId)).Select(r => r.ToDomain()).ToList(),
            Patients = patients.OrderBy(r => r.Sequence).AsEnumerable().Select(r => r.ToDomain()).ToList(),
            MetastaticSites = Of(db.MetastaticSites, q => q.Where(r => ids.Contains(r.PatientId))).AsEnumerable().Select(r => r.ToDomain()).ToList(),
            PriorTreatments = Of(db.PriorTreatments, q => q.Where(r => ids.Contains(r.PatientId))).AsEnumerable().Select(r => r.ToDomain()).ToList(),
            PrrtCycles = Of(db.PrrtCycles, q => q.Where(r => ids.Contains(r.PatientId))).AsEnumerable().Select(r => r.ToDomain()).ToList(),
            Lesions = Of(db.Lesions, q => q.Where(r => ids.Contains(r.PatientId))).AsEnumerable().Select(r => r.ToDomain()).ToList(),
            Reads = Of(db.Reads, q => q.Where(r => ids.Contains(r.PatientId))).AsEnumerable().Select(r => r.ToDomain()).ToList(),
            Measurements = Of(db.Measurements, q => q.Where(r => ids.Contains(r.PatientId))).AsEnumerable().Select(r => r.ToDomain()).ToList(),
            Symptoms = Of(db.Symptoms, q => q.Where(r => ids.Contains(r.PatientId))).AsEnumerable().Select(r => r.ToDomain()).ToList(),
            Labs = Of(db.Labs, q => q.Where(r => ids.Contains(r.PatientId))).AsEnumerable().Select(r => r.ToDomain()).ToList(),
            Complications = Of(db.Complications, q => q.Where(r => ids.Contains(r.PatientId))).AsEnumerable().Select(r => r.ToDomain()).ToList(),
            Progressions = Of(db.Progressions, q => q.Where(r => ids.Contains(r.PatientId))).AsEnumerable().Select(r => r.ToDomain()).ToList(),
        };
    }
}
