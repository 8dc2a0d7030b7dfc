using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// cohort-format.md, cross-file rules on imaging: the mesenteric mass, new lesions, one read per
/// reader per exam, and measurement fields that fit the read's modality and the lesion's role.
/// </summary>
internal static class ImagingRules
{
    public static void Check(CohortTables t, CohortIndex index, ProblemList problems)
    {
        CheckMesentericMass(t, problems);
        CheckReadsPerExam(t, problems);
        CheckMeasurements(t, index, problems);
    }

    private static void CheckMesentericMass(CohortTables t, ProblemList problems)
    {
        var location = t.Location(LesionsTable.Table);
        var massOf = new Dictionary<PatientId, int>();
        foreach (var (lesion, row) in t.Lesions)
        {
            if (!lesion.IsMesentericMass)
                continue;
            if (massOf.TryGetValue(lesion.Patient, out var firstRow))
                problems.Error(location, row, "mesenteric_mass", "yes", "mesenteric_mass",
                    $"patient {lesion.Patient} already has a mesenteric mass (row {firstRow}); at most one per patient",
                    "set mesenteric_mass to no on all but the mass itself");
            else
                massOf[lesion.Patient] = row;
            // The MM is a mesenteric lymph-node metastasis, measured on its short axis, and a target.
            if (!lesion.IsNodal)
                problems.Error(location, row, "nodal", "no", "mesenteric_mass",
                    "the mesenteric mass is a lymph-node metastasis: nodal must be yes", "set nodal to yes (its short axis is measured)");
            if (lesion.Role != LesionRole.Target)
                problems.Error(location, row, "role", CellText.Of(lesion.Role), "mesenteric_mass",
                    "the mesenteric mass is always a target lesion", "set role to target");
            if (lesion.Site != LesionSite.Mesentery)
                problems.Error(location, row, "site", CellText.Of(lesion.Site), "mesenteric_mass",
                    $"lesion {lesion.Id} is marked as the mesenteric mass but its site is {CellText.Of(lesion.Site)}: the mesenteric mass lies in the mesentery",
                    "set its site to mesentery, or set mesenteric mass to no if the lesion is another one");
        }
    }

    private static void CheckReadsPerExam(CohortTables t, ProblemList problems)
    {
        var location = t.Location(ReadsTable.Table);
        var seen = new Dictionary<(PatientId, DateOnly, Modality, Reader), ReadId>();
        foreach (var (read, row) in t.Reads)
        {
            var exam = (read.Patient, read.ExamDate, read.Modality, read.Reader);
            if (seen.TryGetValue(exam, out var other))
                problems.Error(location, row, "reader", CellText.Of(read.Reader), "reads_per_exam",
                    $"this exam ({read.Patient}, {CellText.Of(read.ExamDate)}, {CellText.Of(read.Modality)}) already has a {CellText.Of(read.Reader)} read ({other})",
                    "an exam has at most one local and one central read: merge the two reads, or correct the date, modality or reader");
            else
                seen[exam] = read.Id;
        }
    }

    private static void CheckMeasurements(CohortTables t, CohortIndex index, ProblemList problems)
    {
        var firstDose = new Dictionary<PatientId, DateOnly>();
        foreach (var (cycle, _) in t.PrrtCycles)
        {
            if (cycle.Number == 1)
                firstDose.TryAdd(cycle.Patient, cycle.Date);
        }
        var location = t.Location(MeasurementsTable.Table);
        for (var i = 0; i < t.Measurements.Count; i++)
        {
            if (index.LesionOfMeasurement[i] < 0)
                continue; // a broken reference, reported by the key rules
            var (m, row) = t.Measurements[i];
            var read = t.Reads[index.ReadOfMeasurement[i]].Value;
            var lesion = t.Lesions[index.LesionOfMeasurement[i]].Value;
            MeasurementFields.Check(m, read, lesion, location, row, problems);
            if (lesion.Role == LesionRole.New && firstDose.TryGetValue(read.Patient, out var first) && read.ExamDate <= first)
                problems.Error(location, row, "lesion_id", m.Lesion.Value, "new_lesion_timing",
                    $"lesion {m.Lesion} has role new, but read {m.Read} ({CellText.Of(read.ExamDate)}) is on or before the first dose ({CellText.Of(first)})",
                    "a lesion seen at baseline is a target or non_target lesion: change its role in lesions.csv");
        }
    }
}
