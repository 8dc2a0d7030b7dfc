using System.Globalization;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// RECIST 1.1 choices that retrospective reads often break but that do not make a cohort unusable
/// (response-criteria.md): at most 5 targets and 2 per organ (§4.2), and targets measurable at
/// baseline (§3.1: ≥ 10 mm, nodes ≥ 15 mm short axis). Warnings: listed, never blocking; the
/// criteria engine uses the roles as recorded.
/// </summary>
internal static class RecistWarnings
{
    public static void Check(CohortTables t, CohortIndex index, RecistParameters recist, ProblemList problems)
    {
        var lesionsLocation = t.Location(LesionsTable.Table);
        var targetsByPatient = t.Lesions.Where(l => l.Value.Role == LesionRole.Target).GroupBy(l => l.Value.Patient);
        var targetSets = new Dictionary<PatientId, Parsed<Lesion>[]>();
        foreach (var targets in targetsByPatient)
        {
            var list = targets.ToArray();
            targetSets[targets.Key] = list;
            if (list.Length > recist.MaximumTargets)
                problems.Warning(lesionsLocation, list[recist.MaximumTargets].Row, "role", "target", "recist_target_count",
                    $"patient {targets.Key} has {list.Length} target lesions; RECIST 1.1 §4.2 allows at most {recist.MaximumTargets}",
                    "make the extra lesions non_target, keeping the largest, most reproducible ones as targets");
            foreach (var organ in list.GroupBy(l => Organ(l.Value)))
            {
                var inOrgan = organ.ToArray();
                if (inOrgan.Length > recist.MaximumTargetsPerOrgan)
                    problems.Warning(lesionsLocation, inOrgan[recist.MaximumTargetsPerOrgan].Row, "site", organ.Key, "recist_targets_per_organ",
                        $"patient {targets.Key} has {inOrgan.Length} targets in {organ.Key}; RECIST 1.1 §4.2 allows at most {recist.MaximumTargetsPerOrgan} per organ",
                        "make the extra lesions of that organ non_target");
            }
        }
        CheckBaselineMeasurability(t, index, recist, targetSets, problems);
    }

    private static void CheckBaselineMeasurability(CohortTables t, CohortIndex index, RecistParameters recist,
        Dictionary<PatientId, Parsed<Lesion>[]> targetSets, ProblemList problems)
    {
        var baseline = BaselineReads(t);
        var isBaseline = new HashSet<ReadId>(baseline.Values.Select(r => r.Id));
        var measured = new Dictionary<(ReadId, LesionId), Parsed<Measurement>>();
        for (var i = 0; i < t.Measurements.Count; i++)
        {
            var m = t.Measurements[i];
            if (index.ReadOfMeasurement[i] >= 0 && isBaseline.Contains(m.Value.Read))
                measured.TryAdd((m.Value.Read, m.Value.Lesion), m);
        }
        var lesionsLocation = t.Location(LesionsTable.Table);
        var measurementsLocation = t.Location(MeasurementsTable.Table);
        foreach (var (patient, targets) in targetSets)
        {
            if (!baseline.TryGetValue(patient, out var read))
                continue;
            foreach (var (lesion, lesionRow) in targets)
            {
                var minimum = lesion.IsNodal ? recist.MeasurableNodalMm : recist.MeasurableNonNodalMm;
                var axis = lesion.IsNodal ? "short axis" : "long axis";
                if (!measured.TryGetValue((read.Id, lesion.Id), out var m) || m.Value.DiameterMm is null && m.Value.TooSmallToMeasure != true)
                {
                    problems.Warning(lesionsLocation, lesionRow, "lesion_id", lesion.Id.Value, "recist_measurability",
                        $"target lesion {lesion.Id} is not measured at the baseline read {read.Id} ({CellText.Of(read.ExamDate)})",
                        "enter its baseline diameter, or make it non_target");
                }
                else if (m.Value.TooSmallToMeasure == true || m.Value.DiameterMm < minimum)
                {
                    var size = m.Value.DiameterMm is { } d ? d.ToString(CultureInfo.InvariantCulture) + " mm" : "too small to measure";
                    problems.Warning(measurementsLocation, m.Row, m.Value.DiameterMm is null ? "too_small_to_measure" : "diameter_mm",
                        CellText.Of(m.Value.DiameterMm) ?? "yes", "recist_measurability",
                        $"target lesion {lesion.Id} is {size} at baseline; RECIST 1.1 §3.1 needs a {axis} ≥ {minimum.ToString(CultureInfo.InvariantCulture)} mm",
                        "make it non_target, or check the measurement");
                }
            }
        }
    }

    /// <summary>
    /// The baseline read of each patient as the protocol picks it: the last CT/MRI exam on or before
    /// the first dose, CT over MRI on the same date, its central read over its local read.
    /// </summary>
    private static Dictionary<PatientId, Read> BaselineReads(CohortTables t)
    {
        var firstDose = new Dictionary<PatientId, DateOnly>();
        foreach (var (cycle, _) in t.PrrtCycles)
        {
            if (cycle.Number == 1)
                firstDose.TryAdd(cycle.Patient, cycle.Date);
        }
        var best = new Dictionary<PatientId, Read>();
        foreach (var (read, _) in t.Reads)
        {
            if (!read.IsMorphologic || !firstDose.TryGetValue(read.Patient, out var first) || read.ExamDate > first)
                continue;
            if (!best.TryGetValue(read.Patient, out var current) || Rank(read).CompareTo(Rank(current)) > 0)
                best[read.Patient] = read;
        }
        return best;

        static (DateOnly, int, int) Rank(Read r) =>
            (r.ExamDate, r.Modality == Modality.Ct ? 1 : 0, r.Reader == Reader.Central ? 1 : 0);
    }

    /// <summary>RECIST 1.1 §4.2: lymph nodes together count as one organ.</summary>
    private static string Organ(Lesion lesion) => lesion.IsNodal ? "lymph nodes" : CellText.Of(lesion.Site);
}
