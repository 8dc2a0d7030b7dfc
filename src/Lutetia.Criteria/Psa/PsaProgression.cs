namespace Lutetia.Criteria.Psa;

/// <summary>
/// PCWG3 PSA progression (Table 1). After a decline, a rise of ≥ 25 % and ≥ 2 ng/mL over the
/// nadir. Without a decline, the same rise over the baseline, counted only from 12 weeks after the
/// first dose. Either is confirmed by a second value ≥ 3 weeks later. The nadir at a value is the
/// lowest of the baseline and the earlier follow-up values; "a decline" means that nadir is below
/// the baseline. Progression is dated at the first value of the confirmed rise; without one, time
/// is censored at the last PSA.
/// </summary>
internal static class PsaProgression
{
    private const string Criterion = "PCWG3 PSA progression";

    public static (DateOnly? Date, int Days, Explanation Why) Find(PsaCourse course, Pcwg3Parameters p)
    {
        var b = course.Baseline.Value;
        var values = course.FollowUp;
        var nadir = b;
        string? unconfirmed = null;
        for (var i = 0; i < values.Count; i++)
        {
            var declined = nadir < b;
            var reference = nadir;
            var day = values[i].Date.DayNumber - course.Start.DayNumber;
            bool Holds(decimal v) => v >= reference * (1 + p.ProgressionRisePercent / 100m) && v - reference >= p.ProgressionRiseNgMl;
            if ((declined || day >= p.NoDeclineWaitDays) && Holds(values[i].Value))
            {
                var what = $"{PsaResponse.Ng(values[i].Value)} on {Text.Date(values[i].Date)} is {Rise(values[i].Value, reference)} over the " +
                    (declined ? $"nadir {PsaResponse.Ng(reference)}" : $"baseline {PsaResponse.Ng(reference)} (no decline; day {day})");
                var k = Confirmation.Find(values, i, Holds, p.ConfirmationDays, out _);
                if (k >= 0)
                    return (values[i].Date, day, Explain(declined ? "progression: rise over the nadir, confirmed" : $"progression: rise over the baseline after {Text.Duration(p.NoDeclineWaitDays)}, confirmed",
                        $"progression: {what}, confirmed by {PsaResponse.Ng(values[k].Value)} on {Text.Date(values[k].Date)}"));
                unconfirmed ??= what;
            }
            nadir = Math.Min(nadir, values[i].Value);
        }
        var last = values.Count == 0 ? course.Start : values[^1].Date;
        var censored = Math.Max(0, last.DayNumber - course.Start.DayNumber);
        var sentence = unconfirmed is null
            ? $"no progression: no rise of {Text.Number(p.ProgressionRisePercent)} % and {Text.Number(p.ProgressionRiseNgMl)} ng/mL; censored at day {censored}"
            : $"no progression: {unconfirmed}, not confirmed {p.ConfirmationDays} days or more later; censored at day {censored}";
        return (null, censored, Explain("no progression", sentence));
    }

    private static string Rise(decimal value, decimal reference) =>
        (Change.Percent(value, reference) is { } pct ? $"{Text.Percent(pct)} % and " : "") + $"{Text.Signed(Math.Round(value - reference, 3))} ng/mL";

    private static Explanation Explain(string rule, string sentence) => new(Criterion, rule, sentence);
}
