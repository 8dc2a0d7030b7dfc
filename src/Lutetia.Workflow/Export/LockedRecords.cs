using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Export;

/// <summary>
/// An export limited to the locked records: the patients whose record carries a signature in force
/// now, as the database says (never the request), with every row of theirs; the centres stay.
/// </summary>
internal static class LockedRecords
{
    public static async Task<Cohort> OnlyAsync(LutetiaDbContext db, Cohort cohort, CancellationToken cancellation)
    {
        var locked = (await db.Set<RecordLockRow>().AsNoTracking().Where(l => l.VoidedAtUtc == null).Select(l => l.PatientId)
            .ToListAsync(cancellation).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        bool Keep(PatientId patient) => locked.Contains(patient.Value);
        var reads = cohort.Reads.Where(r => Keep(r.Patient)).Select(r => r.Id).ToHashSet();
        return cohort with
        {
            Patients = [.. cohort.Patients.Where(p => Keep(p.Id))],
            MetastaticSites = [.. cohort.MetastaticSites.Where(r => Keep(r.Patient))],
            PriorTreatments = [.. cohort.PriorTreatments.Where(r => Keep(r.Patient))],
            PrrtCycles = [.. cohort.PrrtCycles.Where(r => Keep(r.Patient))],
            Lesions = [.. cohort.Lesions.Where(r => Keep(r.Patient))],
            Reads = [.. cohort.Reads.Where(r => Keep(r.Patient))],
            Measurements = [.. cohort.Measurements.Where(m => reads.Contains(m.Read))],
            Symptoms = [.. cohort.Symptoms.Where(r => Keep(r.Patient))],
            Labs = [.. cohort.Labs.Where(r => Keep(r.Patient))],
            Complications = [.. cohort.Complications.Where(r => Keep(r.Patient))],
            Progressions = [.. cohort.Progressions.Where(r => Keep(r.Patient))],
        };
    }
}
