using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// cohort-format.md: identifiers are unique where the format says so, one row per site and per
/// treatment, and every reference (center, patient, read, lesion) exists. Builds the
/// <see cref="CohortIndex"/> the other cross-file rules use.
/// </summary>
internal static class KeyRules
{
    public static CohortIndex Check(CohortTables t, ProblemList problems)
    {
        var index = new CohortIndex();
        Unique(t.Centers, c => c.Id.Value, index.Centers, t.Location(CentersTable.Table), "center_id", problems);
        Unique(t.Patients, p => p.Id.Value, index.Patients, t.Location(PatientsTable.Table), "patient_id", problems);
        Unique(t.Reads, r => r.Id.Value, index.Reads, t.Location(ReadsTable.Table), "read_id", problems);
        IndexLesions(t, index, problems);
        UniquePerPatient(t.PrrtCycles, c => c.Patient, c => c.Number, index, t.Location(PrrtCyclesTable.Table), "cycle",
            "this patient already has a cycle with this number", c => CellText.Of(c.Number)!, problems);
        UniquePerPatient(t.MetastaticSites, s => s.Patient, s => (int)s.Site, index, t.Location(MetastaticSitesTable.Table), "site",
            "this site is already listed for this patient (one row per site)", s => CellText.Of(s.Site), problems);
        UniquePerPatient(t.PriorTreatments, s => s.Patient, s => (int)s.Treatment, index, t.Location(PriorTreatmentsTable.Table), "treatment",
            "this treatment is already listed for this patient (one row per treatment)", s => CellText.Of(s.Treatment), problems);

        foreach (var (patient, row) in t.Patients)
        {
            if (!index.Centers.ContainsKey(patient.Center.Value) && !t.Rejected.Covers("centers", "center_id", patient.Center.Value))
                Missing(problems, t.Location(PatientsTable.Table), row, "center_id", patient.Center.Value, "centers");
        }
        CheckPatients(t.MetastaticSites, s => s.Patient, MetastaticSitesTable.Table, t, index, problems);
        CheckPatients(t.PriorTreatments, s => s.Patient, PriorTreatmentsTable.Table, t, index, problems);
        CheckPatients(t.PrrtCycles, s => s.Patient, PrrtCyclesTable.Table, t, index, problems);
        CheckPatients(t.Lesions, s => s.Patient, LesionsTable.Table, t, index, problems);
        CheckPatients(t.Reads, s => s.Patient, ReadsTable.Table, t, index, problems);
        CheckPatients(t.Symptoms, s => s.Patient, SymptomsTable.Table, t, index, problems);
        CheckPatients(t.Labs, s => s.Patient, LabsTable.Table, t, index, problems);
        CheckPatients(t.Complications, s => s.Patient, ComplicationsTable.Table, t, index, problems);
        CheckPatients(t.Progressions, s => s.Patient, ProgressionTable.Table, t, index, problems);
        CheckMeasurements(t, index, problems);
        return index;
    }

    private static void IndexLesions(CohortTables t, CohortIndex index, ProblemList problems)
    {
        var location = t.Location(LesionsTable.Table);
        for (var i = 0; i < t.Lesions.Count; i++)
        {
            var (lesion, row) = t.Lesions[i];
            var patient = index.PatientOf(lesion.Patient.Value);
            if (patient < 0)
                continue; // an unknown patient: reported as a reference
            var key = CohortIndex.Pack(patient, index.LesionName(lesion.Id.Value));
            if (index.Lesions.TryGetValue(key, out var earlier))
                Repeated(problems, location, row, "lesion_id", lesion.Id.Value, "lesion_id is not unique within its patient", t.Lesions[earlier].Row);
            else
                index.Lesions[key] = i;
        }
    }

    private static void CheckMeasurements(CohortTables t, CohortIndex index, ProblemList problems)
    {
        var location = t.Location(MeasurementsTable.Table);
        var count = t.Measurements.Count;
        var readOf = new int[count];
        var lesionOf = new int[count];
        var seen = new Dictionary<long, int>(count);
        // Measurements come grouped by read: remember the last read rather than look it up again.
        string? lastRead = null;
        var readPosition = -1;
        var patient = -1;
        for (var i = 0; i < count; i++)
        {
            var (m, row) = t.Measurements[i];
            readOf[i] = lesionOf[i] = -1;
            if (!ReferenceEquals(m.Read.Value, lastRead))
            {
                lastRead = m.Read.Value;
                readPosition = index.Reads.TryGetValue(lastRead, out var found) ? found : -1;
                patient = readPosition < 0 ? -1 : index.PatientOf(t.Reads[readPosition].Value.Patient.Value);
            }
            if (readPosition < 0)
            {
                if (!t.Rejected.Covers("reads", "read_id", m.Read.Value))
                    Missing(problems, location, row, "read_id", m.Read.Value, "reads");
                continue;
            }
            readOf[i] = readPosition;
            var name = index.LesionName(m.Lesion.Value);
            if (!seen.TryAdd(CohortIndex.Pack(readPosition, name), i))
                Repeated(problems, location, row, "lesion_id", m.Lesion.Value, "this read already has a measurement of this lesion",
                    t.Measurements[seen[CohortIndex.Pack(readPosition, name)]].Row);
            var read = t.Reads[readPosition].Value;
            if (patient >= 0 && index.Lesions.TryGetValue(CohortIndex.Pack(patient, name), out var lesionPosition))
                lesionOf[i] = lesionPosition;
            else if (patient >= 0 && !t.Rejected.Covers("lesions", "lesion_id", m.Lesion.Value))
                problems.Error(location, row, "lesion_id", m.Lesion.Value, "reference",
                    $"read {m.Read} belongs to patient {read.Patient}, who has no lesion {m.Lesion} in lesions.csv",
                    "add the lesion to lesions.csv for that patient, or correct lesion_id or read_id (a measurement's lesion and read belong to the same patient)");
        }
        index.ReadOfMeasurement = readOf;
        index.LesionOfMeasurement = lesionOf;
    }

    private static void CheckPatients<T>(List<Parsed<T>> rows, Func<T, PatientId> patientOf, TableSpec table,
        CohortTables t, CohortIndex index, ProblemList problems)
    {
        var location = t.Location(table);
        foreach (var (value, row) in rows)
        {
            var patient = patientOf(value).Value;
            if (!index.Patients.ContainsKey(patient) && !t.Rejected.Covers("patients", "patient_id", patient))
                Missing(problems, location, row, "patient_id", patient, "patients");
        }
    }

    private static void Unique<T>(List<Parsed<T>> rows, Func<T, string> keyOf, Dictionary<string, int> index,
        string location, string column, ProblemList problems)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var key = keyOf(rows[i].Value);
            if (index.TryGetValue(key, out var earlier))
                Repeated(problems, location, rows[i].Row, column, key, $"{column} is not unique", rows[earlier].Row);
            else
                index[key] = i;
        }
    }

    private static void UniquePerPatient<T>(List<Parsed<T>> rows, Func<T, PatientId> patientOf, Func<T, int> itemOf,
        CohortIndex index, string location, string column, string message, Func<T, string> text, ProblemList problems)
    {
        var seen = new Dictionary<long, int>();
        foreach (var (value, row) in rows)
        {
            var patient = index.PatientOf(patientOf(value).Value);
            if (patient >= 0 && !seen.TryAdd(CohortIndex.Pack(patient, itemOf(value)), row))
                Repeated(problems, location, row, column, text(value), message, seen[CohortIndex.Pack(patient, itemOf(value))]);
        }
    }

    private static void Repeated(ProblemList problems, string location, int row, string column, string value, string message, int earlierRow) =>
        problems.Error(location, row, column, value, "unique", $"{message} (row {earlierRow} has it already)",
            "remove the repeated row, or give it its own identifier");

    private static void Missing(ProblemList problems, string location, int row, string column, string value, string table) =>
        problems.Error(location, row, column, value, "reference", $"{column} {value} is not in {table}.csv",
            $"add {value} to {table}.csv, or correct the {column}");
}
