namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// CTCAE v5.0 laboratory toxicity of one patient and term (NCI, Common Terminology Criteria for
/// Adverse Events v5.0, 27 Nov 2017): each value graded, the baseline grade, the worst grade after
/// the first dose, when it was first reached and whether it is treatment-emergent.
/// </summary>
public static class Ctcae50
{
    /// <summary>
    /// One value graded on its own, against its limits of normal only (no baseline criterion):
    /// what a form shows next to the field.
    /// </summary>
    public static GradeOutcome GradeOne(LabMeasurement value, CtcaeParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var refusals = new List<DataRefusal>();
        LabChecks.Value(value, value.Patient, value.Term, refusals);
        return refusals.Count > 0
            ? new GradeOutcome(null, refusals)
            : new GradeOutcome(CtcaeGrading.Grade(value, null, parameters ?? CtcaeParameters.Published), []);
    }

    public static ToxicityOutcome Assess(LabCourse course, CtcaeParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(course);
        var p = parameters ?? CtcaeParameters.Published;
        var refusals = new List<DataRefusal>();
        if (course.Baseline is { } b)
            LabChecks.Value(b, course.Patient, course.Term, refusals);
        foreach (var m in course.FollowUp)
            LabChecks.Value(m, course.Patient, course.Term, refusals);
        LabChecks.Dates(course, refusals);
        if (refusals.Count > 0)
            return new ToxicityOutcome(null, refusals);
        var baseline = course.Baseline is null ? null : CtcaeGrading.Grade(course.Baseline, null, p);
        var grades = new CtcaeGrade[course.FollowUp.Count];
        for (var i = 0; i < grades.Length; i++)
            grades[i] = CtcaeGrading.Grade(course.FollowUp[i], course.Baseline, p);
        return new ToxicityOutcome(Summarise(course, baseline, grades), []);
    }

    private static PatientToxicity Summarise(LabCourse course, CtcaeGrade? baseline, CtcaeGrade[] grades)
    {
        CtcaeGrade? worst = null;
        foreach (var g in grades)
        {
            // The first date the worst grade is reached: a later equal grade does not move it.
            if (worst is null || g.Grade > worst.Grade)
                worst = g;
        }
        var before = baseline?.Grade ?? 0;
        var emergent = worst is not null && worst.Grade > before;
        var days = worst is null ? (int?)null : worst.Date.DayNumber - course.Start.DayNumber;
        return new PatientToxicity(course.Patient, course.Term, baseline, grades, worst?.Grade, worst?.Date, days, emergent,
            Explain(course, baseline, worst, emergent, days));
    }

    private static Explanation Explain(LabCourse course, CtcaeGrade? baseline, CtcaeGrade? worst, bool emergent, int? days)
    {
        var start = baseline is null ? "no baseline value (counted as grade 0)" : $"baseline grade {baseline.Grade} on {Text.Date(baseline.Date)}";
        if (worst is null)
            return new Explanation($"CTCAE v5.0 {course.Term}", "not evaluable: no value after the first dose",
                $"not evaluable: {start}, no value after the first dose {Text.Date(course.Start)}");
        var rule = emergent ? "treatment-emergent: worst grade above the baseline grade" : "not treatment-emergent: worst grade not above the baseline grade";
        return new Explanation($"CTCAE v5.0 {course.Term}", rule,
            $"worst grade {worst.Grade} on {Text.Date(worst.Date)} (day {days}; {worst.Explanation.Sentence}); {start}; " +
            (emergent ? "treatment-emergent" : "not treatment-emergent"));
    }
}
