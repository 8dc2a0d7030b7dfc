using System.Collections.Concurrent;

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

    /// <summary>
    /// Groups every table by patient, the tables at once and then the records in parallel (issue
    /// 17: at 10^5 patients this took seconds on one core); each record goes to its patient's slot,
    /// so the result is the sequential one.
    /// </summary>
    internal static IReadOnlyList<PatientRecord> Group(Cohort cohort)
    {
        Dictionary<PatientId, List<MetastaticSite>> sites = [];
        Dictionary<PatientId, List<PriorTreatment>> treatments = [];
        Dictionary<PatientId, List<PrrtCycle>> cycles = [];
        Dictionary<PatientId, List<Lesion>> lesions = [];
        Dictionary<PatientId, List<Read>> reads = [];
        Dictionary<PatientId, List<SymptomAssessment>> symptoms = [];
        Dictionary<PatientId, List<LabResult>> labs = [];
        Dictionary<PatientId, List<Complication>> complications = [];
        Dictionary<PatientId, List<RecordedProgression>> progressions = [];
        Dictionary<PatientId, Dictionary<ReadId, List<Measurement>>> measurements = [];
        Parallel.Invoke(
            () => measurements = MeasurementsByPatient(cohort),
            () => reads = ByPatient(cohort.Reads, r => r.Patient),
            () => symptoms = ByPatient(cohort.Symptoms, s => s.Patient),
            () => lesions = ByPatient(cohort.Lesions, l => l.Patient),
            () => cycles = ByPatient(cohort.PrrtCycles, c => c.Patient),
            () => labs = ByPatient(cohort.Labs, l => l.Patient),
            () => sites = ByPatient(cohort.MetastaticSites, s => s.Patient),
            () => treatments = ByPatient(cohort.PriorTreatments, t => t.Patient),
            () => complications = ByPatient(cohort.Complications, c => c.Patient),
            () => progressions = ByPatient(cohort.Progressions, p => p.Patient));

        var records = new PatientRecord[cohort.Patients.Count];
        if (records.Length == 0)
            return records; // a study with no patient yet: Partitioner.Create refuses an empty range
        Parallel.ForEach(Partitioner.Create(0, records.Length, 1024), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var patient = cohort.Patients[i];
                var id = patient.Id;
                records[i] = new PatientRecord
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
                };
            }
        });
        return records;
    }

    private static Dictionary<PatientId, Dictionary<ReadId, List<Measurement>>> MeasurementsByPatient(Cohort cohort)
    {
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
        return measurements;
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
