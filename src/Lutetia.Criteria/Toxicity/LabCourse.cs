namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// One patient's values of one term: the baseline value (null when none was drawn) and the values
/// after it. <paramref name="Start"/> is the first dose; the time to the worst grade counts from it.
/// </summary>
public sealed record LabCourse(string Patient, CtcaeTerm Term, DateOnly Start, LabMeasurement? Baseline, IReadOnlyList<LabMeasurement> FollowUp)
{
    /// <summary>
    /// Splits a patient's values of a term: the baseline is the last value dated on or before the
    /// first dose (a sample drawn on the day of the first injection precedes it); the follow-up
    /// is every value after the first dose, in date order. Earlier values are history and are left out.
    /// </summary>
    public static LabCourse FromValues(string patient, CtcaeTerm term, DateOnly firstDose, IEnumerable<LabMeasurement> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var (baseline, after) = BaselineSplit.At(values.Where(v => v.Term == term && v.Patient == patient), firstDose, v => v.Date);
        return new LabCourse(patient, term, firstDose, baseline, after);
    }
}
