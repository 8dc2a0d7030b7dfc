namespace Lutetia.Criteria.Recist;

/// <summary>
/// Scores each time point of the window for best overall response (RECIST 1.1 §4.4.3 and table 3
/// as response-criteria.md copies it). A PR that follows a CR is read one way throughout: the
/// disease reappeared after the CR (table 3, footnote), so that PR is never a response, neither
/// confirmed nor confirming.
/// </summary>
internal sealed class BestResponseScorer(IReadOnlyList<RecistTimePoint> window, DateOnly firstDose, bool hasTargets, RecistParameters p)
{
    private const string Criterion = "RECIST 1.1";

    private readonly int _firstCr = IndexOfFirstCr(window);

    private OverallResponse Stable => hasTargets ? OverallResponse.Sd : OverallResponse.NonCrNonPd;

    public BestResponseVerdict Score(int i)
    {
        var tp = window[i];
        var day = Day(tp);
        var confirmed = p.Mode == BestResponseMode.Confirmed;
        return tp.Overall switch
        {
            OverallResponse.Sd or OverallResponse.NonCrNonPd when day < p.MinimumStableDiseaseDays =>
                Verdict(OverallResponse.Ne, tp, null, "SD before the minimum duration",
                    $"NE: {Code(tp)} at {When(tp)} is before the minimum SD duration of {p.MinimumStableDiseaseDays} days"),
            OverallResponse.Pr when confirmed && AfterCr(i) => Recurrence(i),
            OverallResponse.Cr or OverallResponse.Pr when confirmed => Confirm(i),
            _ => Verdict(tp.Overall, tp, null, "best time-point response", $"{Code(tp)} at {When(tp)}: {tp.Explanation.Sentence}"),
        };
    }

    // Table 3: the first later time point that is not as good decides at once; one as good
    // confirms when it is ≥ 28 days later. Up to MaximumNeBeforeConfirmation NE reads are passed
    // over (admiralonco's max_nr_ne; 0 by default, table 3 as written).
    private BestResponseVerdict Confirm(int i)
    {
        var first = window[i];
        var sdMet = Day(first) >= p.MinimumStableDiseaseDays;
        var skippedNe = 0;
        for (var j = i + 1; j < window.Count; j++)
        {
            var next = window[j];
            if (next.Overall == OverallResponse.Ne && skippedNe < p.MaximumNeBeforeConfirmation)
            {
                skippedNe++;
                continue;
            }
            if (!AsGood(first, j))
                return Pair(first, next, j, sdMet);
            var gap = next.Date.DayNumber - first.Date.DayNumber;
            if (gap >= p.ConfirmationIntervalDays)
                return Verdict(first.Overall, first, next, "table 3: confirmed",
                    $"{Code(first)} at {When(first)} confirmed by {Code(next)} at {When(next)}, {gap} days later{Passed(skippedNe)}");
        }
        var alone = sdMet ? Stable : OverallResponse.Ne;
        return Verdict(alone, first, null, $"table 3: {Code(first)} not confirmed",
            $"{OverallTable.Code(alone)}: {Code(first)} at {When(first)} has no confirming read{Passed(skippedNe)}; {SdText(first, sdMet)}");
    }

    /// <summary>Table 3's row for a response followed by a read that is not as good.</summary>
    private BestResponseVerdict Pair(RecistTimePoint first, RecistTimePoint next, int j, bool sdMet)
    {
        var recurrence = next.Overall == OverallResponse.Pr && AfterCr(j);
        OverallResponse result;
        if (first.Overall == OverallResponse.Pr && next.Overall is OverallResponse.Sd or OverallResponse.NonCrNonPd)
            result = Stable;
        else if (next.Overall == OverallResponse.Ne)
            result = sdMet ? Stable : OverallResponse.Ne;
        else
            result = sdMet ? Stable : OverallResponse.Pd;  // CR then anything worse, PR then PD or a PR after a CR
        var because = first.Overall == OverallResponse.Cr && next.Overall != OverallResponse.Ne ? "disease reappeared after a CR; "
            : recurrence ? $"disease reappeared after the CR at {When(window[_firstCr])}; " : "";
        var rule = recurrence ? $"table 3: {Code(first)} then PR after a CR" : $"table 3: {Code(first)} then {Code(next)}";
        return Verdict(result, first, next, rule,
            $"{OverallTable.Code(result)}: {Code(first)} at {When(first)} followed by {Code(next)} at {When(next)}: {because}{SdText(first, sdMet)}");
    }

    /// <summary>
    /// A PR after a CR (table 3, footnote: "disease must have reappeared after CR"): not a
    /// response; it counts as stable disease once the minimum duration is met.
    /// </summary>
    private BestResponseVerdict Recurrence(int i)
    {
        var tp = window[i];
        var sdMet = Day(tp) >= p.MinimumStableDiseaseDays;
        var result = sdMet ? Stable : OverallResponse.Ne;
        return Verdict(result, tp, null, "table 3: PR after a CR",
            $"{OverallTable.Code(result)}: PR at {When(tp)} follows the CR at {When(window[_firstCr])}: disease reappeared after a CR, " +
            $"so this PR is not a response; {SdText(tp, sdMet)}");
    }

    private bool AsGood(RecistTimePoint first, int j) => first.Overall == OverallResponse.Cr
        ? window[j].Overall == OverallResponse.Cr
        : window[j].Overall == OverallResponse.Cr || (window[j].Overall == OverallResponse.Pr && !AfterCr(j));

    private bool AfterCr(int i) => _firstCr >= 0 && _firstCr < i;

    private static int IndexOfFirstCr(IReadOnlyList<RecistTimePoint> points)
    {
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Overall == OverallResponse.Cr)
                return i;
        }
        return -1;
    }

    private string SdText(RecistTimePoint tp, bool met) =>
        $"the SD duration is {(met ? "met" : "not met")} ({Day(tp)} {(met ? "≥" : "<")} {p.MinimumStableDiseaseDays} days)";

    private static string Passed(int ne) => ne == 0 ? "" : $" ({ne} NE read{(ne == 1 ? "" : "s")} passed over)";

    private int Day(RecistTimePoint tp) => tp.Date.DayNumber - firstDose.DayNumber;

    private string When(RecistTimePoint tp) => $"{Text.Date(tp.Date)} (day {Day(tp)})";

    private static string Code(RecistTimePoint tp) => OverallTable.Code(tp.Overall);

    private BestResponseVerdict Verdict(OverallResponse r, RecistTimePoint deciding, RecistTimePoint? confirming, string rule, string sentence) =>
        new(r, p.Mode, deciding.Read, deciding.Date, confirming?.Read, confirming?.Date,
            new Explanation(Criterion, "§4.4.3 " + rule, sentence));
}
