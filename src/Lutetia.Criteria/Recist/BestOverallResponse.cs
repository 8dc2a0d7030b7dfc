namespace Lutetia.Criteria.Recist;

/// <summary>
/// Best overall response (RECIST 1.1 §4.4.3): the best time-point response from the first dose up
/// to the first PD, unconfirmed or confirmed with table 3 as response-criteria.md copies it.
/// </summary>
public static class BestOverallResponse
{
    private const string Criterion = "RECIST 1.1";

    /// <summary>
    /// Best overall response of a course; SD falls back to non-CR/non-PD when there was no target.
    /// An <c>otherProgression</c> date (clinical progression from another source) ends the window:
    /// reads after it are not scored, and it is not itself a RECIST PD (§4.4.3: symptomatic
    /// deterioration is not an objective response).
    /// </summary>
    public static BestResponseVerdict Assess(RecistCourse course, DateOnly firstDose, RecistParameters? parameters = null, DateOnly? otherProgression = null)
    {
        ArgumentNullException.ThrowIfNull(course);
        return Assess(course.TimePoints, firstDose, course.HasTargets, parameters, otherProgression);
    }

    /// <summary>
    /// Best overall response of time points in date order. Reads on or before the first dose are
    /// the baseline and are left out with a note; nothing after the first PD, or after
    /// the other progression date, is scored. Input that cannot be scored gives an NE
    /// verdict carrying a <see cref="BestResponseRefusal"/>.
    /// </summary>
    public static BestResponseVerdict Assess(IReadOnlyList<RecistTimePoint> timePoints, DateOnly firstDose, bool hasTargets,
        RecistParameters? parameters = null, DateOnly? otherProgression = null)
    {
        ArgumentNullException.ThrowIfNull(timePoints);
        var p = parameters ?? RecistParameters.Published;
        var window = BestResponseWindow.Select(timePoints, firstDose, otherProgression, p);
        if (window.Refusal is { } refusal)
            return BestResponseVerdict.Refused(p.Mode, refusal);
        if (window.Points.Count == 0)
            return new BestResponseVerdict(OverallResponse.Ne, p.Mode, null, null, null, null,
                new Explanation(Criterion, "§4.4.3 no time point", "NE: no follow-up read after the first dose"))
            {
                Notes = window.Notes,
            };

        var best = Best(window.Points, firstDose, hasTargets, p);
        var confirmed = p.Mode == BestResponseMode.Confirmed ? best
            : Best(window.Points, firstDose, hasTargets, p with { Mode = BestResponseMode.Confirmed });
        return best with
        {
            ResponseConfirmed = confirmed.Response is OverallResponse.Cr or OverallResponse.Pr,
            Notes = window.Notes,
        };
    }

    private static BestResponseVerdict Best(IReadOnlyList<RecistTimePoint> window, DateOnly firstDose, bool hasTargets, RecistParameters p)
    {
        var scorer = new BestResponseScorer(window, firstDose, hasTargets, p);
        var best = scorer.Score(0);
        for (var i = 1; i < window.Count; i++)
        {
            var candidate = scorer.Score(i);
            if (Rank(candidate.Response) > Rank(best.Response))
                best = candidate;
        }
        return best;
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
}
