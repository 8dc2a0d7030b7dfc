namespace Lutetia.Criteria.Psa;

/// <summary>
/// PCWG3 PSA response (Table 1): a decline of ≥ 50 % from baseline, confirmed by a second value
/// ≥ 3 weeks later. The response is dated at the first value of the confirmed run. A baseline of 0
/// cannot decline.
/// </summary>
internal static class PsaResponse
{
    private const string Criterion = "PCWG3 PSA response";

    public static (DateOnly? Date, Explanation Why) Find(PsaCourse course, Pcwg3Parameters p)
    {
        var b = course.Baseline.Value;
        var limit = b * (1 - p.ResponseDeclinePercent / 100m);
        bool Holds(decimal v) => v <= limit;
        var values = course.FollowUp;
        string? unconfirmed = null;
        for (var i = 0; b > 0 && i < values.Count; i++)
        {
            if (!Holds(values[i].Value))
                continue;
            var k = Confirmation.Find(values, i, Holds, p.ConfirmationDays, out var lost);
            var first = $"{Ng(values[i].Value)} on {Text.Date(values[i].Date)} is {Text.Percent(Change.Percent(values[i].Value, b)!.Value)} % from the baseline {Ng(b)}";
            if (k >= 0)
                return (values[i].Date, Explain($"response: decline confirmed ≥ {Text.Duration(p.ConfirmationDays)} later",
                    $"response: {first}, confirmed by {Ng(values[k].Value)} on {Text.Date(values[k].Date)} ({values[k].Date.DayNumber - values[i].Date.DayNumber} days later)"));
            unconfirmed ??= lost >= 0
                ? $"{first}, but {Ng(values[lost].Value)} on {Text.Date(values[lost].Date)} is above {Ng(limit)} before {Text.Duration(p.ConfirmationDays)}"
                : $"{first}, with no value {p.ConfirmationDays} days or more later";
        }
        if (unconfirmed is not null)
            return (null, Explain("no response: decline not confirmed", $"no response: {unconfirmed}"));
        if (b == 0)
            return (null, Explain("no response: baseline 0", "no response: a baseline PSA of 0 ng/mL cannot decline"));
        return (null, Explain($"no response: no decline of {Text.Number(p.ResponseDeclinePercent)} %",
            $"no response: no value at or below {Ng(limit)} ({Text.Number(p.ResponseDeclinePercent)} % below the baseline {Ng(b)})"));
    }

    internal static string Ng(decimal v) => $"{Text.Number(Math.Round(v, 3))} ng/mL";

    private static Explanation Explain(string rule, string sentence) => new(Criterion, rule, sentence);
}
