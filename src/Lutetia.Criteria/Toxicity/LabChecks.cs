namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// What makes a laboratory value impossible to grade: a negative value, a unit the term does not
/// accept, a missing or non-positive limit of normal, a value of another patient or term, a
/// follow-up value dated before the first dose or not after the baseline. Each is a refusal naming
/// the cell; nothing is guessed.
/// </summary>
internal static class LabChecks
{
    public static void Value(LabMeasurement m, string patient, CtcaeTerm term, List<DataRefusal> refusals)
    {
        if (m.Patient != patient)
            refusals.Add(Refuse(m, "patient_id", m.Patient, $"the value belongs to patient {m.Patient}, not to {patient}.",
                "pass each patient's values separately."));
        if (m.Term != term)
            refusals.Add(Refuse(m, "test", m.Term.ToString(), $"the value is {m.Term}, not {term}.", "pass each term's values separately."));
        if (m.Value < 0)
            refusals.Add(Refuse(m, "value", Text.Number(m.Value), "a laboratory value cannot be negative.", "correct the value from the laboratory report."));
        var unit = LabUnits.Find(m.Term, m.Unit);
        if (unit is null)
            refusals.Add(Refuse(m, "unit", m.Unit ?? "", $"the unit is not one Lutetia converts for {m.Term}.",
                $"record the value in one of: {LabUnits.Accepted(m.Term)}."));
        Limits(m, refusals);
    }

    public static void Dates(LabCourse course, List<DataRefusal> refusals)
    {
        foreach (var m in course.FollowUp)
        {
            if (m.Date < course.Start)
                refusals.Add(Refuse(m, "date", Text.Date(m.Date), $"a follow-up value is dated before the first dose {Text.Date(course.Start)}.",
                    "correct the date, or record the value as the baseline."));
            else if (course.Baseline is { } b && m.Date <= b.Date)
                refusals.Add(Refuse(m, "date", Text.Date(m.Date), $"a follow-up value is not after the baseline value of {Text.Date(b.Date)}.",
                    "correct the date of one of the two values."));
        }
    }

    private static void Limits(LabMeasurement m, List<DataRefusal> refusals)
    {
        var decreased = CtcaeParameters.Published.DecreaseOf(m.Term) is not null;
        var (column, limit) = decreased ? ("lln", m.Lln) : ("uln", m.Uln);
        if (limit is null)
            refusals.Add(Refuse(m, column, "", $"{m.Term} is graded against the {(decreased ? "lower" : "upper")} limit of normal, which is missing.",
                $"record the laboratory's {column.ToUpperInvariant()} in the value's unit."));
        else if (limit <= 0)
            refusals.Add(Refuse(m, column, Text.Number(limit.Value), "a limit of normal must be above 0.",
                $"record the laboratory's {column.ToUpperInvariant()} in the value's unit."));
    }

    private static DataRefusal Refuse(LabMeasurement m, string column, string value, string message, string hint) =>
        DataRefusal.At(m.Patient, m.Source, column, value, $"{m.Term} on {Text.Date(m.Date)}: {message}", hint);
}
