namespace Lutetia.Domain;

/// <summary>
/// One patient with every row of the cohort that belongs to them: what a protocol analyses.
/// Cycles are in cycle order and reads in date order; the other lists keep file order.
/// </summary>
public sealed record PatientRecord
{
    public required Patient Patient { get; init; }
    public IReadOnlyList<MetastaticSite> MetastaticSites { get; init; } = [];
    public IReadOnlyList<PriorTreatment> PriorTreatments { get; init; } = [];
    public IReadOnlyList<PrrtCycle> Cycles { get; init; } = [];
    public IReadOnlyList<Lesion> Lesions { get; init; } = [];
    public IReadOnlyList<Read> Reads { get; init; } = [];

    /// <summary>Measurements of this patient's reads, keyed by read.</summary>
    public IReadOnlyDictionary<ReadId, IReadOnlyList<Measurement>> MeasurementsByRead { get; init; } =
        new Dictionary<ReadId, IReadOnlyList<Measurement>>();

    public IReadOnlyList<SymptomAssessment> Symptoms { get; init; } = [];
    public IReadOnlyList<LabResult> Labs { get; init; } = [];
    public IReadOnlyList<Complication> Complications { get; init; } = [];
    public IReadOnlyList<RecordedProgression> Progressions { get; init; } = [];

    /// <summary>Date of cycle 1, or null when the patient received no cycle.</summary>
    public DateOnly? FirstDose => Cycles.Count == 0 ? null : Cycles[0].Date;

    /// <summary>Date of the last cycle, or null when the patient received no cycle.</summary>
    public DateOnly? LastDose => Cycles.Count == 0 ? null : Cycles[^1].Date;

    /// <summary>The measurements a read recorded (empty when none).</summary>
    public IReadOnlyList<Measurement> MeasurementsOf(ReadId read) =>
        MeasurementsByRead.TryGetValue(read, out var list) ? list : [];

    internal static IReadOnlyList<PatientRecord> Group(Cohort cohort)
    {
        var sites = ByPatient(cohort.MetastaticSites, s => s.Patient);
        var treatments = ByPatient(cohort.PriorTreatments, t => t.Patient);
        var cycles = ByPatient(cohort.PrrtCycles, c => c.Patient);
        var lesions = ByPatient(cohort.Lesions, l => l.Patient);
        var reads = ByPatient(cohort.Reads, r => r.Patient);
        var symptoms = ByPatient(cohort.Symptoms, s => s.Patient);
        var labs = ByPatient(cohort.Labs, l => l.Patient);
        var complications = ByPatient(cohort.Complications, c => c.Patient);
        var progressions = ByPatient(cohort.Progressions, p => p.Patient);

        var patientOfRead = new Dictionary<ReadId, PatientId>(cohort.Reads.Count);
        foreach (var read in cohort.Reads)
            patientOfRead[read.Id] = read.Patient;
        var measurements = new Dictionary<PatientId, Dictionary<ReadId, List<Measurement>>>();
        foreach (var m in cohort.Measurements)
        {
            if (!patientOfRead.TryGetValue(m.Read, out var patient))
                continue;
            if (!measurements.TryGetValue(patient, out var byRead))
                measurements[patient] = byRead = [];
            if (!byRead.TryGetValue(m.Read, out var list))
                byRead[m.Read] = list = [];
            list.Add(m);
        }

        var records = new List<PatientRecord>(cohort.Patients.Count);
        foreach (var patient in cohort.Patients)
        {
            var id = patient.Id;
            records.Add(new PatientRecord
            {
                Patient = patient,
                MetastaticSites = Of(sites, id),
                PriorTreatments = Of(treatments, id),
                Cycles = Of(cycles, id).OrderBy(c => c.Number).ToArray(),
                Lesions = Of(lesions, id),
                Reads = Of(reads, id).OrderBy(r => r.ExamDate).ToArray(),
                MeasurementsByRead = measurements.TryGetValue(id, out var byRead)
                    ? byRead.ToDictionary(p => p.Key, p => (IReadOnlyList<Measurement>)p.Value)
                    : new Dictionary<ReadId, IReadOnlyList<Measurement>>(),
                Symptoms = Of(symptoms, id),
                Labs = Of(labs, id),
                Complications = Of(complications, id),
                Progressions = Of(progressions, id),
            });
        }
        return records;
    }

    private static Dictionary<PatientId, List<T>> ByPatient<T>(IReadOnlyList<T> rows, Func<T, PatientId> patientOf)
    {
        var map = new Dictionary<PatientId, List<T>>();
        foreach (var row in rows)
        {
            var key = patientOf(row);
            if (!map.TryGetValue(key, out var list))
                map[key] = list = [];
            list.Add(row);
        }
        return map;
    }

    private static T[] Of<T>(Dictionary<PatientId, List<T>> map, PatientId id) =>
        map.TryGetValue(id, out var list) ? [.. list] : [];
}
