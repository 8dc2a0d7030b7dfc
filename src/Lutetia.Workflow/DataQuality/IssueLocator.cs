using Lutetia.Domain;

namespace Lutetia.Workflow.DataQuality;

/// <summary>
/// Finds the patient and record a problem of <see cref="Intake.CohortCheck"/> points at: the
/// problem's row is the record's position in its table's list plus 2 (the header is row 1). A row
/// of a table without a key of its own is keyed by its insertion sequence (<see cref="UnkeyedRows"/>).
/// </summary>
internal sealed class IssueLocator(Cohort cohort, UnkeyedRows unkeyed)
{
    private readonly Dictionary<ReadId, PatientId> _patientOfRead = cohort.Reads.ToDictionary(r => r.Id, r => r.Patient);
    private readonly int[] _symptomOrdinals = Ordinals(cohort.Symptoms, s => s.Patient);
    private readonly int[] _labOrdinals = Ordinals(cohort.Labs, l => l.Patient);
    private readonly int[] _complicationOrdinals = Ordinals(cohort.Complications, c => c.Patient);
    private readonly int[] _progressionOrdinals = Ordinals(cohort.Progressions, p => p.Patient);

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
            "symptoms" when i < cohort.Symptoms.Count => Unkeyed(table, cohort.Symptoms[i].Patient, _symptomOrdinals[i]),
            "labs" when i < cohort.Labs.Count => Unkeyed(table, cohort.Labs[i].Patient, _labOrdinals[i]),
            "complications" when i < cohort.Complications.Count => Unkeyed(table, cohort.Complications[i].Patient, _complicationOrdinals[i]),
            "progression" when i < cohort.Progressions.Count => Unkeyed(table, cohort.Progressions[i].Patient, _progressionOrdinals[i]),
            _ => (null, null),
        };
    }

    private (string?, string?) Unkeyed(string table, PatientId patient, int ordinal) => (patient.Value, unkeyed.KeyOf(table, patient, ordinal));

    /// <summary>Each row's position among its patient's rows of the same table, from 0.</summary>
    private static int[] Ordinals<T>(IReadOnlyList<T> rows, Func<T, PatientId> patientOf)
    {
        var ordinals = new int[rows.Count];
        var counts = new Dictionary<PatientId, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var patient = patientOf(rows[i]);
            ordinals[i] = counts.GetValueOrDefault(patient);
            counts[patient] = ordinals[i] + 1;
        }
        return ordinals;
    }

    private static (string?, string?) Keyed(PatientId patient, string item) => (patient.Value, $"{patient.Value}/{item}");

    private (string?, string?) Measurement(Measurement m) =>
        (_patientOfRead.TryGetValue(m.Read, out var patient) ? patient.Value : null, $"{m.Read.Value}/{m.Lesion.Value}");
}
