namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// One patient's toxicity for one term: the baseline grade (null without a baseline value), the
/// grade of every follow-up value, the worst of them (null without follow-up), the date it was
/// first reached and its delay from the first dose in days, and whether it is treatment-emergent:
/// worse than the baseline grade, a missing baseline counting as grade 0.
/// </summary>
public sealed record PatientToxicity(
    string Patient,
    CtcaeTerm Term,
    CtcaeGrade? Baseline,
    IReadOnlyList<CtcaeGrade> FollowUp,
    int? WorstGrade,
    DateOnly? WorstDate,
    int? DaysToWorst,
    bool TreatmentEmergent,
    Explanation Explanation)
{
    public int? BaselineGrade => Baseline?.Grade;

    /// <summary>True when at least one value after the first dose was graded.</summary>
    public bool IsEvaluable => WorstGrade is not null;
}
