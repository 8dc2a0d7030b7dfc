using System.Collections.Immutable;

namespace Lutetia.Statistics.Survival;

/// <summary>
/// Median follow-up by the reverse Kaplan–Meier method (Schemper &amp; Smith 1996): the KM median
/// of the same times with the event indicator reversed, censoring being the "event".
/// </summary>
public static class MedianFollowUp
{
    /// <summary>The reverse-KM median follow-up with its CI (null when not reached).</summary>
    public static QuantileEstimate ReverseKaplanMeier(ReadOnlySpan<double> time, ReadOnlySpan<int> status, KaplanMeierOptions? options = null) =>
        ReverseKaplanMeierByGroup(time, status, default, options)[0].Median;

    /// <summary>The reverse-KM summary line of each group, in R's factor-level order.</summary>
    public static ImmutableArray<KaplanMeierSummary> ReverseKaplanMeierByGroup(ReadOnlySpan<double> time, ReadOnlySpan<int> status, ReadOnlySpan<string> group, KaplanMeierOptions? options = null)
    {
        Require.CheckTimesAndEvents(time, status);
        var reversed = new int[status.Length];
        for (int i = 0; i < reversed.Length; i++) reversed[i] = 1 - status[i];
        return KaplanMeier.FitByGroup(time, reversed, group, options).Summaries();
    }
}
