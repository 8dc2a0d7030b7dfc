namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// The grade of one checked value (CTCAE v5.0): decreased terms against absolute thresholds and
/// the LLN; creatinine against the ULN and the baseline, the higher grade winning; AST, ALT,
/// alkaline phosphatase, bilirubin and GGT against the ULN when the baseline was normal (or is
/// unknown) and against the baseline value when it was above the ULN.
/// </summary>
internal static class CtcaeGrading
{
    private const string Criterion = "CTCAE v5.0";

    /// <summary>Grades <paramref name="m"/>; <paramref name="baseline"/> is null for the baseline value itself.</summary>
    public static CtcaeGrade Grade(LabMeasurement m, LabMeasurement? baseline, CtcaeParameters p)
    {
        var unit = LabUnits.Find(m.Term, m.Unit)!;
        if (p.DecreaseOf(m.Term) is { } decrease)
            return Decreased(m, unit, decrease);
        var uln = m.Uln!.Value;
        var byBaseline = p.BaselineScaleOf(m.Term)!;
        if (m.Term == CtcaeTerm.CreatinineIncreased)
            return Creatinine(m, unit, baseline, p.CreatinineUln, byBaseline);
        // The baseline is abnormal when it is above the ULN of its own laboratory, in its own unit.
        if (baseline is not null && baseline.Value > baseline.Uln!.Value)
            return AbnormalBaseline(m, unit, baseline, byBaseline);
        return AgainstUln(m, unit, uln, p.UlnScaleOf(m.Term)!);
    }

    private static CtcaeGrade Decreased(LabMeasurement m, LabUnit unit, DecreaseScale scale)
    {
        var lln = m.Lln!.Value;
        var grade = scale.Grade(m.Value, lln, unit);
        var v = $"{Text.Number(m.Value)} {unit.Name}";
        var sentence = grade switch
        {
            0 => $"grade 0: {v} is not below the LLN {Text.Number(lln)} {unit.Name}",
            1 => $"grade 1: {v} is below the LLN {Text.Number(lln)} {unit.Name} and not below {Threshold(scale.Grade2Below, unit)}",
            _ => $"grade {grade}: {v} is below {Threshold(scale.Below(grade)!.Value, unit)}",
        };
        return Make(m, unit, grade, grade == 0 ? "within the limits" : $"grade {grade}: below the grade-{grade} threshold", sentence);
    }

    private static CtcaeGrade AgainstUln(LabMeasurement m, LabUnit unit, decimal uln, IncreaseScale scale)
    {
        var grade = scale.Grade(m.Value, uln);
        return Make(m, unit, grade, grade == 0 ? "within the limits" : $"grade {grade}: × ULN",
            Above(grade, m, unit, scale, uln, "ULN"));
    }

    private static CtcaeGrade AbnormalBaseline(LabMeasurement m, LabUnit unit, LabMeasurement baseline, IncreaseScale scale)
    {
        var reference = unit.Convert(baseline.Value, LabUnits.Find(m.Term, baseline.Unit)!);
        var grade = scale.Grade(m.Value, reference);
        return Make(m, unit, grade, $"grade {grade} on multiples of the abnormal baseline",
            Above(grade, m, unit, scale, reference, "abnormal baseline") + " (baseline above the ULN: graded against the baseline)");
    }

    private static CtcaeGrade Creatinine(LabMeasurement m, LabUnit unit, LabMeasurement? baseline, IncreaseScale byUln, IncreaseScale byBaseline)
    {
        var uln = m.Uln!.Value;
        var ulnGrade = byUln.Grade(m.Value, uln);
        if (baseline is null)
            return Make(m, unit, ulnGrade, ulnGrade == 0 ? "within the limits" : $"grade {ulnGrade}: × ULN", Above(ulnGrade, m, unit, byUln, uln, "ULN"));
        var reference = unit.Convert(baseline.Value, LabUnits.Find(m.Term, baseline.Unit)!);
        var baselineGrade = byBaseline.Grade(m.Value, reference);
        if (baselineGrade <= ulnGrade)
            return Make(m, unit, ulnGrade, ulnGrade == 0 ? "within the limits" : $"grade {ulnGrade}: × ULN", Above(ulnGrade, m, unit, byUln, uln, "ULN"));
        return Make(m, unit, baselineGrade, $"grade {baselineGrade}: × baseline",
            Above(baselineGrade, m, unit, byBaseline, reference, "baseline") + $"; against the ULN alone it is grade {ulnGrade}");
    }

    private static string Above(int grade, LabMeasurement m, LabUnit unit, IncreaseScale scale, decimal reference, string name)
    {
        var v = $"{Text.Number(m.Value)} {unit.Name}";
        var r = $"{name} {Text.Number(Math.Round(reference, 3))} {unit.Name}";
        if (grade == 0 && scale.Grade1 is { } floor && floor != 1m)
            return $"grade 0: {v} is {(scale.Grade1Inclusive ? "below" : "not above")} {Text.Number(floor)} × the {r}";
        if (grade == 0)
            return $"grade 0: {v} is not above the {r}";
        var multiple = scale.Multiple(grade)!.Value;
        var inclusive = grade == 1 && scale.Grade1Inclusive ? "at or above" : "above";
        return multiple == 1m
            ? $"grade {grade}: {v} is {inclusive} the {r}"
            : $"grade {grade}: {v} is {inclusive} {Text.Number(multiple)} × the {r}";
    }

    private static string Threshold(decimal canonical, LabUnit unit) =>
        $"{Text.Number(unit.FromCanonical(canonical))} {unit.Name}";

    private static CtcaeGrade Make(LabMeasurement m, LabUnit unit, int grade, string rule, string sentence) =>
        new(m.Term, m.Date, grade, m.Value, unit.Name, new Explanation($"{Criterion} {m.Term}", rule, sentence));
}
