using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Workflow;

/// <summary>The rows of one cohort table that belong to a patient, by the table's name: what a query can be raised on.</summary>
public static class CohortRecords
{
    public static IReadOnlyList<string> Tables { get; } =
    [
        "patients", "metastatic_sites", "prior_treatments", "prrt_cycles", "lesions", "reads", "measurements",
        "symptoms", "labs", "complications", "progression",
    ];

    /// <summary>The patient's row; an unknown patient is an ArgumentException.</summary>
    public static PatientRow Patient(LutetiaDbContext db, string patientId) =>
        db.Patients.AsNoTracking().SingleOrDefault(p => p.PatientId == patientId)
        ?? throw new ArgumentException($"there is no patient \"{patientId}\"", nameof(patientId));

    /// <summary>The patient's rows of <paramref name="table"/> as a query, or null when the table is not one of <see cref="Tables"/>.</summary>
    public static IQueryable<CohortRow>? Rows(LutetiaDbContext db, string table, string patientId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return table switch
        {
            "patients" => db.Patients.Where(r => r.PatientId == patientId),
            "metastatic_sites" => db.MetastaticSites.Where(r => r.PatientId == patientId),
            "prior_treatments" => db.PriorTreatments.Where(r => r.PatientId == patientId),
            "prrt_cycles" => db.PrrtCycles.Where(r => r.PatientId == patientId),
            "lesions" => db.Lesions.Where(r => r.PatientId == patientId),
            "reads" => db.Reads.Where(r => r.PatientId == patientId),
            "measurements" => db.Measurements.Where(r => r.PatientId == patientId),
            "symptoms" => db.Symptoms.Where(r => r.PatientId == patientId),
            "labs" => db.Labs.Where(r => r.PatientId == patientId),
            "complications" => db.Complications.Where(r => r.PatientId == patientId),
            "progression" => db.Progressions.Where(r => r.PatientId == patientId),
            _ => null,
        };
    }
}
