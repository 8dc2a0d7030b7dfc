using System.Collections.Immutable;

namespace Lutetia.Statistics.Survival;

/// <summary>Kaplan–Meier curves by group, in R's factor-level order.</summary>
public sealed record KaplanMeierFit(ImmutableArray<KaplanMeierCurve> Curves)
{
    /// <summary>The largest time over all groups: R's rmean = "common" restriction time.</summary>
    public double CommonEndTime
    {
        get
        {
            double end = 0;
            foreach (var c in Curves) end = Math.Max(end, c.LastTime);
            return end;
        }
    }

    /// <summary>R's summary(fit)$table: a line per group, the restricted mean at the common end time.</summary>
    public ImmutableArray<KaplanMeierSummary> Summaries()
    {
        double end = CommonEndTime;
        var rows = ImmutableArray.CreateBuilder<KaplanMeierSummary>(Curves.Length);
        foreach (var c in Curves)
            rows.Add(new KaplanMeierSummary(c.Group, c.N, c.Events, c.Median(), c.RestrictedMean(end)));
        return rows.MoveToImmutable();
    }
}
