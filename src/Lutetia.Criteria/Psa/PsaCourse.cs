namespace Lutetia.Criteria.Psa;

/// <summary>
/// One patient's PSA: the baseline value (the last before treatment, PCWG3) and the values after it.
/// <paramref name="Start"/> is the first dose: the 12-week landmarks and the time to progression count from it.
/// </summary>
public sealed record PsaCourse(string Patient, DateOnly Start, PsaValue Baseline, IReadOnlyList<PsaValue> FollowUp)
{
    /// <summary>
    /// Splits a patient's values: the baseline is the last value dated on or before the first dose;
    /// the follow-up is every later value in date order. Null when there is no value on or before
    /// the first dose (PCWG3 measures every change from a pre-treatment baseline).
    /// </summary>
    public static PsaCourse? FromValues(string patient, DateOnly firstDose, IEnumerable<PsaValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var (baseline, after) = BaselineSplit.At(values.Where(v => v.Patient == patient), firstDose, v => v.Date);
        return baseline is null ? null : new PsaCourse(patient, firstDose, baseline, after);
    }
}
