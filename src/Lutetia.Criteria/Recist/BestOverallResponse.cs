using Lutetia.Domain;

namespace Lutetia.Criteria.Recist;

/// <summary>
/// Best overall response (RECIST 1.1 §4.4.3): the best time-point response from the first dose up
/// to the first PD, unconfirmed or confirmed with table 3 as response-criteria.md copies it.
/// </summary>
public static class BestOverallResponse
{
    private const string Criterion = "RECIST 1.1";

    /// <summary>Best overall response of a course; SD falls back to non-CR/non-PD when there was no target.</summary>
    public static BestResponseVerdict Assess(RecistCourse course, DateOnly firstDose, RecistParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(course);
        return Assess(course.TimePoints, firstDose, course.HasTargets, parameters);
    }

    /// <summary>
    /// Best overall response of time points in date order, all after the first dose (else
    /// <see cref="ArgumentException"/>); nothing after the first PD is scored.
    /// </summary>
    public static BestResponseVerdict Assess(IReadOnlyList<RecistTimePoint> timePoints, DateOnly firstDose, bool hasTargets, RecistParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(timePoints);
        var p = parameters ?? RecistParameters.Published;
        var window = new List<RecistTimePoint>(timePoints.Count);
        foreach (var tp in timePoints)
        {
            if (window.Count > 0 && tp.Date <= window[^1].Date)
                throw new ArgumentException(
                    $"Time point {tp.Read} ({Text.Date(tp.Date)}) is not after {window[^1].Read} ({Text.Date(window[^1].Date)}): time points must be in date order.",
                    nameof(timePoints));
            if (tp.Date <= firstDose)
                throw new ArgumentException(
                    $"Time point {tp.Read} ({Text.Date(tp.Date)}) is not after the first dose ({Text.Date(firstDose)}): " +
                    "the baseline is the last read on or before the first dose and every later read follows it.", nameof(timePoints));
            window.Add(tp);
            if (tp.Overall == OverallResponse.Pd)
                break;  // §4.4.3: nothing after the first PD is scored.
        }
        if (window.Count == 0)
            return new BestResponseVerdict(OverallResponse.Ne, p.Mode, null, null, null, null,
                new Explanation(Criterion, "§4.4.3 no time point", "NE: no follow-up read after the first dose"));

        var scorer = new Scorer(window, firstDose, hasTargets, p);
        BestResponseVerdict? best = null;
        for (var i = 0; i < window.Count; i++)
        {
            var candidate = scorer.Score(i);
            if (best is null || Rank(candidate.Response) > Rank(best.Response))
                best = candidate;
        }
        return best!;
    }

    /// <summary>CR > PR > SD > non-CR/non-PD > PD > NE (response-criteria.md, best overall response).</summary>
    internal static int Rank(OverallResponse r) => r switch
    {
        OverallResponse.Cr => 5,
        OverallResponse.Pr => 4,
        OverallResponse.Sd => 3,
        OverallResponse.NonCrNonPd => 2,
        OverallResponse.Pd => 1,
        _ => 0,
    };

    private sealed class Scorer(List<RecistTimePoint> window, DateOnly firstDose, bool hasTargets, RecistParameters p)
    {
        public BestResponseVerdict Score(int i)
        {
            var tp = window[i];
            var day = Day(tp);
            switch (tp.Overall)
            {
                case OverallResponse.Sd or OverallResponse.NonCrNonPd when day < p.MinimumStableDiseaseDays:
                    return Verdict(OverallResponse.Ne, tp, null, "§4.4.3 SD before the minimum duration",
                        $"NE: {Code(tp)} at {When(tp)} is before the minimum SD duration of {p.MinimumStableDiseaseDays} days");
                case OverallResponse.Cr or OverallResponse.Pr when p.Mode == BestResponseMode.Confirmed:
                    return Confirm(i);
                default:
                    return Verdict(tp.Overall, tp, null, "§4.4.3 best time-point response",
                        $"{Code(tp)} at {When(tp)}: {tp.Explanation.Sentence}");
            }
        }

        // RECIST 1.1 table 3 as response-criteria.md copies it: the first later time point that
        // is not as good decides at once; one as good confirms when it is ≥ 28 days later.
        private BestResponseVerdict Confirm(int i)
        {
            var first = window[i];
            var sdMet = Day(first) >= p.MinimumStableDiseaseDays;
            var stable = hasTargets ? OverallResponse.Sd : OverallResponse.NonCrNonPd;
            var sdText = $"the SD duration is {(sdMet ? "met" : "not met")} ({Day(first)} {(sdMet ? "≥" : "<")} {p.MinimumStableDiseaseDays} days)";
            for (var j = i + 1; j < window.Count; j++)
            {
                var next = window[j];
                var asGood = first.Overall == OverallResponse.Cr
                    ? next.Overall == OverallResponse.Cr
                    : next.Overall is OverallResponse.Cr or OverallResponse.Pr;
                var gap = next.Date.DayNumber - first.Date.DayNumber;
                if (asGood)
                {
                    if (gap >= p.ConfirmationIntervalDays)
                        return Verdict(first.Overall, first, next, "table 3: confirmed",
                            $"{Code(first)} at {When(first)} confirmed by {Code(next)} at {When(next)}, {gap} days later");
                    continue;
                }
                var pair = $"{Code(first)} at {When(first)} followed by {Code(next)} at {When(next)}";
                OverallResponse result;
                if (first.Overall == OverallResponse.Pr && next.Overall is OverallResponse.Sd or OverallResponse.NonCrNonPd)
                    result = stable;
                else if (next.Overall == OverallResponse.Ne)
                    result = sdMet ? stable : OverallResponse.Ne;
                else
                    result = sdMet ? stable : OverallResponse.Pd;
                var because = first.Overall == OverallResponse.Cr && next.Overall != OverallResponse.Ne
                    ? "disease reappeared after a CR; " : "";
                return Verdict(result, first, next, $"table 3: {Code(first)} then {Code(next)}",
                    $"{OverallTable.Code(result)}: {pair}: {because}{sdText}");
            }
            var alone = sdMet ? stable : OverallResponse.Ne;
            return Verdict(alone, first, null, $"table 3: {Code(first)} not confirmed",
                $"{OverallTable.Code(alone)}: {Code(first)} at {When(first)} has no confirming read; {sdText}");
        }

        private int Day(RecistTimePoint tp) => tp.Date.DayNumber - firstDose.DayNumber;

        private string When(RecistTimePoint tp) => $"{Text.Date(tp.Date)} (day {Day(tp)})";

        private static string Code(RecistTimePoint tp) => OverallTable.Code(tp.Overall);

        private BestResponseVerdict Verdict(OverallResponse r, RecistTimePoint deciding, RecistTimePoint? confirming, string rule, string sentence) =>
            new(r, p.Mode, deciding.Read, deciding.Date, confirming?.Read, confirming?.Date,
                new Explanation(Criterion, "§4.4.3 " + rule, sentence));
    }
}
