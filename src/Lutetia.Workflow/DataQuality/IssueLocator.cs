using Lutetia.Domain;

namespace Lutetia.Workflow.DataQuality;

/// <summary>
/// Finds the patient and record a problem of <see cref="Intake.CohortCheck"/> points at: the
/// problem's row is the record's position in its table's list plus 2 (the header is row 1).
/// </summary>
internal sealed class IssueLocator(Cohort cohort)
{
    private readonly Dictionary<ReadId, PatientId> _patientOfRead = cohort.Reads.ToDictionary(r => r.Id, r => r.Patient);

    public (string? Patient, string? Key) Find(string table, int? row)
    {
        if (row is not { } r || r < 2)
            return (null, null);
        var i = r - 2;
        return table switch
        {
            "patients" when i < cohort.Patients.Count => (cohort.Patients[i].Id.Value, cohort.Patients[i].Id.Value),
            "metastatic_sites" when i < cohort.MetastaticSites.Count => Keyed(cohort.MetastaticSites[i].Patient, Codes<MetastaticSiteKind>.ToCode(cohort.MetastaticSites[i].Site)),
            "prior_treatments" when i < cohort.PriorTreatments.Count => Keyed(cohort.PriorTreatments[i].Patient, Codes<PriorTreatmentKind>.ToCode(cohort.PriorTreatments[i].Treatment)),
            "prrt_cycles" when i < cohort.PrrtCycles.Count => Keyed(cohort.PrrtCycles[i].Patient, cohort.PrrtCycles[i].Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "lesions" when i < cohort.Lesions.Count => Keyed(cohort.Lesions[i].Patient, cohort.Lesions[i].Id.Value),
            "reads" when i < cohort.Reads.Count => (cohort.Reads[i].Patient.Value, cohort.Reads[i].Id.Value),
            "measurements" when i < cohort.Measurements.Count => Measurement(cohort.Measurements[i]),
            "symptoms" when i < cohort.Symptoms.Count => (cohort.Symptoms[i].Patient.Value, null),
            "labs" when i < cohort.Labs.Count => (cohort.Labs[i].Patient.Value, null),
            "complications" when i < cohort.Complications.Count => (cohort.Complications[i].Patient.Value, null),
            "progression" when i < cohort.Progressions.Count => (cohort.Progressions[i].Patient.Value, null),
            _ => (null, null),
        };
    }

    private static (string?, string?) Keyed(PatientId patient, string item) => (patient.Value, $"{patient.Value}/{item}");

    private (string?, string?) Measurement(Measurement m) =>
        (_patientOfRead.TryGetValue(m.Read, out var patient) ? patient.Value : null, $"{m.Read.Value}/{m.Lesion.Value}");
}
