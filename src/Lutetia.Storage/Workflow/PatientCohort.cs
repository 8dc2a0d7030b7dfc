using Lutetia.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Workflow;

/// <summary>Some patients' rows as the database holds them (inside the caller's transaction), with their centres: a cohort the rules can check.</summary>
public static class PatientCohort
{
    public static async Task<Cohort> LoadAsync(LutetiaDbContext db, List<string> patients, bool async, CancellationToken cancellationToken)
    {
        async Task<List<T>> Rows<T>(IQueryable<T> rows) where T : CohortRow
        {
            var ordered = rows.AsNoTracking().OrderBy(r => r.Sequence);
            return async ? await ordered.ToListAsync(cancellationToken).ConfigureAwait(false) : ordered.ToList();
        }

        var patientRows = await Rows(db.Patients.Where(p => patients.Contains(p.PatientId))).ConfigureAwait(false);
        var centers = patientRows.Select(p => p.CenterId).Distinct().ToList();
        return new Cohort
        {
            Centers = (await Rows(db.Centers.Where(c => centers.Contains(c.CenterId))).ConfigureAwait(false)).ConvertAll(r => r.ToDomain()),
            Patients = patientRows.ConvertAll(r => r.ToDomain()),
            MetastaticSites = (await Rows(db.MetastaticSites.Where(r => patients.Contains(r.PatientId))).ConfigureAwait(false)).ConvertAll(r => r.ToDomain()),
            PriorTreatments = (await Rows(db.PriorTreatments.Where(r => patients.Contains(r.PatientId))).ConfigureAwait(false)).ConvertAll(r => r.ToDomain()),
            PrrtCycles = (await Rows(db.PrrtCycles.Where(r => patients.Contains(r.PatientId))).ConfigureAwait(false)).ConvertAll(r => r.ToDomain()),
            Lesions = (await Rows(db.Lesions.Where(r => patients.Contains(r.PatientId))).ConfigureAwait(false)).ConvertAll(r => r.ToDomain()),
            Reads = (await Rows(db.Reads.Where(r => patients.Contains(r.PatientId))).ConfigureAwait(false)).ConvertAll(r => r.ToDomain()),
            Measurements = (await Rows(db.Measurements.Where(r => patients.Contains(r.PatientId))).ConfigureAwait(false)).ConvertAll(r => r.ToDomain()),
            Symptoms = (await Rows(db.Symptoms.Where(r => patients.Contains(r.PatientId))).ConfigureAwait(false)).ConvertAll(r => r.ToDomain()),
            Labs = (await Rows(db.Labs.Where(r => patients.Contains(r.PatientId))).ConfigureAwait(false)).ConvertAll(r => r.ToDomain()),
            Complications = (await Rows(db.Complications.Where(r => patients.Contains(r.PatientId))).ConfigureAwait(false)).ConvertAll(r => r.ToDomain()),
            Progressions = (await Rows(db.Progressions.Where(r => patients.Contains(r.PatientId))).ConfigureAwait(false)).ConvertAll(r => r.ToDomain()),
        };
    }

    /// <summary>Some patients' records as a cohort of their own, with their centres.</summary>
    public static Cohort Of(IReadOnlyList<PatientRecord> records, IReadOnlyDictionary<CenterId, Center> centers) => new()
    {
        Centers = [.. records.Select(r => r.Patient.Center).Distinct().Select(c => centers[c])],
        Patients = [.. records.Select(r => r.Patient)],
        MetastaticSites = [.. records.SelectMany(r => r.MetastaticSites)],
        PriorTreatments = [.. records.SelectMany(r => r.PriorTreatments)],
        PrrtCycles = [.. records.SelectMany(r => r.Cycles)],
        Lesions = [.. records.SelectMany(r => r.Lesions)],
        Reads = [.. records.SelectMany(r => r.Reads)],
        Measurements = [.. records.SelectMany(r => r.Reads.SelectMany(read => r.MeasurementsOf(read.Id)))],
        Symptoms = [.. records.SelectMany(r => r.Symptoms)],
        Labs = [.. records.SelectMany(r => r.Labs)],
        Complications = [.. records.SelectMany(r => r.Complications)],
        Progressions = [.. records.SelectMany(r => r.Progressions)],
    };
}
