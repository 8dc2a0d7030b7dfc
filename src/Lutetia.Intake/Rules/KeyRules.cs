using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// cohort-format.md: identifiers are unique where the format says so, one row per site and per
/// treatment, and every reference (center, patient, read, lesion) exists.
/// </summary>
internal static class KeyRules
{
    public static void Check(CohortTables t, ProblemList problems)
    {
        var centers = Unique(t.Centers, c => c.Id, t.Location(CentersTable.Table), "center_id", problems);
        var patients = Unique(t.Patients, p => p.Id, t.Location(PatientsTable.Table), "patient_id", problems);
        Unique(t.Lesions, l => (l.Patient, l.Id), t.Location(LesionsTable.Table), "lesion_id", problems,
            "lesion_id is not unique within its patient");
        var reads = Unique(t.Reads, r => r.Id, t.Location(ReadsTable.Table), "read_id", problems);
        Unique(t.PrrtCycles, c => (c.Patient, c.Number), t.Location(PrrtCyclesTable.Table), "cycle", problems,
            "this patient already has a cycle with this number");
        Unique(t.MetastaticSites, s => s, t.Location(MetastaticSitesTable.Table), "site", problems,
            "this site is already listed for this patient (one row per site)");
        Unique(t.PriorTreatments, p => p, t.Location(PriorTreatmentsTable.Table), "treatment", problems,
            "this treatment is already listed for this patient (one row per treatment)");
        Unique(t.Measurements, m => (m.Read, m.Lesion), t.Location(MeasurementsTable.Table), "lesion_id", problems,
            "this read already has a measurement of this lesion");

        foreach (var (patient, row) in t.Patients)
        {
            if (!centers.ContainsKey(patient.Center) && !t.Rejected.Covers("centers", "center_id", patient.Center.Value))
                Missing(problems, t.Location(PatientsTable.Table), row, "center_id", patient.Center.Value, "centers");
        }
        CheckPatients(t.MetastaticSites, s => s.Patient, MetastaticSitesTable.Table, t, patients, problems);
        CheckPatients(t.PriorTreatments, s => s.Patient, PriorTreatmentsTable.Table, t, patients, problems);
        CheckPatients(t.PrrtCycles, s => s.Patient, PrrtCyclesTable.Table, t, patients, problems);
        CheckPatients(t.Lesions, s => s.Patient, LesionsTable.Table, t, patients, problems);
        CheckPatients(t.Reads, s => s.Patient, ReadsTable.Table, t, patients, problems);
        CheckPatients(t.Symptoms, s => s.Patient, SymptomsTable.Table, t, patients, problems);
        CheckPatients(t.Labs, s => s.Patient, LabsTable.Table, t, patients, problems);
        CheckPatients(t.Complications, s => s.Patient, ComplicationsTable.Table, t, patients, problems);
        CheckPatients(t.Progressions, s => s.Patient, ProgressionTable.Table, t, patients, problems);
        CheckMeasurements(t, reads, problems);
    }

    private static void CheckMeasurements(CohortTables t, Dictionary<ReadId, Read> reads, ProblemList problems)
    {
        var lesions = new HashSet<(PatientId, LesionId)>();
        foreach (var (lesion, _) in t.Lesions)
            lesions.Add((lesion.Patient, lesion.Id));
        var location = t.Location(MeasurementsTable.Table);
        foreach (var (m, row) in t.Measurements)
        {
            if (!reads.TryGetValue(m.Read, out var read))
            {
                if (!t.Rejected.Covers("reads", "read_id", m.Read.Value))
                    Missing(problems, location, row, "read_id", m.Read.Value, "reads");
            }
            else if (!lesions.Contains((read.Patient, m.Lesion)) && !t.Rejected.Covers("lesions", "lesion_id", m.Lesion.Value))
                problems.Error(location, row, "lesion_id", m.Lesion.Value, "reference",
                    $"read {m.Read} belongs to patient {read.Patient}, who has no lesion {m.Lesion} in lesions.csv",
                    "add the lesion to lesions.csv for that patient, or correct lesion_id or read_id (a measurement's lesion and read belong to the same patient)");
        }
    }

    private static void CheckPatients<T>(List<Parsed<T>> rows, Func<T, PatientId> patientOf, TableSpec table,
        CohortTables t, Dictionary<PatientId, Patient> patients, ProblemList problems)
    {
        var location = t.Location(table);
        foreach (var (value, row) in rows)
        {
            var patient = patientOf(value);
            if (!patients.ContainsKey(patient) && !t.Rejected.Covers("patients", "patient_id", patient.Value))
                Missing(problems, location, row, "patient_id", patient.Value, "patients");
        }
    }

    private static Dictionary<TKey, T> Unique<T, TKey>(List<Parsed<T>> rows, Func<T, TKey> keyOf, string location,
        string column, ProblemList problems, string? message = null) where TKey : notnull
    {
        var first = new Dictionary<TKey, (T Value, int Row)>(rows.Count);
        foreach (var (value, row) in rows)
        {
            var key = keyOf(value);
            if (first.TryGetValue(key, out var earlier))
                problems.Error(location, row, column, KeyText(key), "unique",
                    (message ?? $"{column} is not unique") + $" (row {earlier.Row} has it already)",
                    "remove the repeated row, or give it its own identifier");
            else
                first[key] = (value, row);
        }
        return first.ToDictionary(p => p.Key, p => p.Value.Value);
    }

    private static string KeyText<TKey>(TKey key) => key switch
    {
        ValueTuple<PatientId, LesionId> pl => pl.Item2.Value,
        ValueTuple<ReadId, LesionId> rl => rl.Item2.Value,
        ValueTuple<PatientId, int> pc => pc.Item2.ToString(System.Globalization.CultureInfo.InvariantCulture),
        MetastaticSite s => Codes<MetastaticSiteKind>.ToCode(s.Site),
        PriorTreatment p => Codes<PriorTreatmentKind>.ToCode(p.Treatment),
        _ => key?.ToString() ?? "",
    };

    private static void Missing(ProblemList problems, string location, int row, string column, string value, string table) =>
        problems.Error(location, row, column, value, "reference", $"{column} {value} is not in {table}.csv",
            $"add {value} to {table}.csv, or correct the {column}");
}
