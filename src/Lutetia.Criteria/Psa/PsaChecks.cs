namespace Lutetia.Criteria.Psa;

/// <summary>
/// What makes a PSA course impossible to assess: a negative value, a unit other than ng/mL (µg/L
/// is the same quantity), a baseline after the first dose, a follow-up value dated before the first
/// dose, not after the baseline, or on the date of another follow-up value, a value of another
/// patient. Each is a refusal naming the cell.
/// </summary>
internal static class PsaChecks
{
    private static readonly string[] Units = ["ng/mL", "µg/L", "ug/L"];

    public static List<DataRefusal> Check(PsaCourse course)
    {
        var refusals = new List<DataRefusal>();
        Value(course.Baseline, course.Patient, refusals);
        if (course.Baseline.Date > course.Start)
            refusals.Add(Refuse(course.Baseline, "date", Text.Date(course.Baseline.Date), $"the baseline PSA is after the first dose {Text.Date(course.Start)}.",
                "use the last PSA on or before the first dose as the baseline."));
        PsaValue? previous = null;
        foreach (var v in course.FollowUp)
        {
            Value(v, course.Patient, refusals);
            if (v.Date <= course.Baseline.Date || v.Date < course.Start)
                refusals.Add(Refuse(v, "date", Text.Date(v.Date),
                    $"a follow-up PSA is dated before the baseline ({Text.Date(course.Baseline.Date)}) or the first dose ({Text.Date(course.Start)}).",
                    "correct the date, or leave the value out of the follow-up."));
            else if (previous is not null && v.Date <= previous.Date)
                refusals.Add(Refuse(v, "date", Text.Date(v.Date), $"a follow-up PSA is not after the previous one of {Text.Date(previous.Date)}.",
                    "give the follow-up in date order, one value per date."));
            previous = v;
        }
        return refusals;
    }

    private static void Value(PsaValue v, string patient, List<DataRefusal> refusals)
    {
        if (v.Patient != patient)
            refusals.Add(Refuse(v, "patient_id", v.Patient, $"the PSA belongs to patient {v.Patient}, not to {patient}.", "pass each patient's values separately."));
        if (v.Value < 0)
            refusals.Add(Refuse(v, "value", Text.Number(v.Value), "a PSA cannot be negative.", "correct the value from the laboratory report."));
        if (!Units.Contains(v.Unit?.Trim() ?? "", StringComparer.OrdinalIgnoreCase))
            refusals.Add(Refuse(v, "unit", v.Unit ?? "", "PCWG3 thresholds are in ng/mL.", $"record the PSA in one of: {string.Join(", ", Units)}."));
    }

    private static DataRefusal Refuse(PsaValue v, string column, string value, string message, string hint) =>
        DataRefusal.At(v.Patient, v.Source, column, value, $"PSA on {Text.Date(v.Date)}: {message}", hint);
}
