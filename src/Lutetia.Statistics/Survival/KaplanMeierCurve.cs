using System.Collections.Immutable;

namespace Lutetia.Statistics.Survival;

/// <summary>
/// One Kaplan–Meier curve, a row per distinct time (events or censorings), as R's
/// summary(survfit(...), censored = TRUE) prints it. NaN marks R's NA: the standard error and
/// the limits where S = 0, the log-log limits where S = 1.
/// </summary>
public sealed record KaplanMeierCurve
{
    /// <summary>The group label ("" without groups).</summary>
    public required string Group { get; init; }

    /// <summary>Subjects in the group.</summary>
    public required int N { get; init; }

    /// <summary>Events in the group.</summary>
    public required int Events { get; init; }

    public required ConfidenceType ConfType { get; init; }
    public required double ConfLevel { get; init; }
    public required ImmutableArray<double> Time { get; init; }
    public required ImmutableArray<int> NRisk { get; init; }
    public required ImmutableArray<int> NEvent { get; init; }
    public required ImmutableArray<int> NCensor { get; init; }

    /// <summary>The product-limit estimate S(t) after the events at t.</summary>
    public required ImmutableArray<double> Survival { get; init; }

    /// <summary>Greenwood standard error of S(t): S·√(Σ d / (n (n − d))); NaN where S = 0.</summary>
    public required ImmutableArray<double> StdErr { get; init; }

    public required ImmutableArray<double> Lower { get; init; }
    public required ImmutableArray<double> Upper { get; init; }

    /// <summary>The last time of the curve (an event or a censoring).</summary>
    public double LastTime => Time[^1];

    /// <summary>
    /// The median and its limits as R's summary(fit)$table: the first time where the curve (or
    /// band) is below 0.5 + √ε, the midpoint to the next drop when it sits at 0.5; null when not reached.
    /// </summary>
    public QuantileEstimate Median() => new(0.5,
        SurvivalQuantiles.Median(Time.AsSpan(), Survival.AsSpan()),
        SurvivalQuantiles.Median(Time.AsSpan(), Lower.AsSpan()),
        SurvivalQuantiles.Median(Time.AsSpan(), Upper.AsSpan()));

    /// <summary>The time by which a fraction p has had the event, with limits, as R's quantile.survfit.</summary>
    public QuantileEstimate Quantile(double p)
    {
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile's probability must lie in [0, 1].");
        return new(p,
            SurvivalQuantiles.Quantile(Time.AsSpan(), Survival.AsSpan(), p),
            SurvivalQuantiles.Quantile(Time.AsSpan(), Lower.AsSpan(), p),
            SurvivalQuantiles.Quantile(Time.AsSpan(), Upper.AsSpan(), p));
    }

    /// <summary>
    /// The restricted mean up to endTime (the curve extended flat past its last time) and its SE
    /// √(Σ A_i² d_i / (n_i (n_i − d_i))), A_i the area from t_i to endTime (R's survmean).
    /// </summary>
    public RestrictedMean RestrictedMean(double endTime)
    {
        if (!(endTime >= 0) || double.IsInfinity(endTime))
            throw new ArgumentOutOfRangeException(nameof(endTime), endTime, "The restriction time must be a finite number ≥ 0.");
        int m = 0;
        while (m < Time.Length && Time[m] <= endTime) m++;
        double area = 0, variance = 0;
        // Walk backwards: the area from t_i to the end is the sum of the rectangles after t_i.
        double tail = m == 0 ? endTime : (endTime - Time[m - 1]) * Survival[m - 1];
        for (int i = m - 1; i >= 0; i--)
        {
            int n = NRisk[i], d = NEvent[i];
            if (n > d) variance += tail * tail * d / ((double)n * (n - d));
            double rect = (Time[i] - (i == 0 ? 0 : Time[i - 1])) * (i == 0 ? 1 : Survival[i - 1]);
            tail += rect;
        }
        area = tail;
        return new RestrictedMean(endTime, area, Math.Sqrt(variance));
    }

    /// <summary>Numbers at risk (time ≥ t) and S(t) at chosen times; 0 at risk past the last time.</summary>
    public ImmutableArray<AtRiskPoint> AtRisk(ReadOnlySpan<double> times)
    {
        var points = ImmutableArray.CreateBuilder<AtRiskPoint>(times.Length);
        foreach (double t in times)
        {
            if (double.IsNaN(t)) throw new ArgumentException("A time of the numbers-at-risk table is NaN.", nameof(times));
            int k = LowerBound(t);
            int nRisk = k < Time.Length ? NRisk[k] : 0;
            int last = k < Time.Length && Time[k] == t ? k : k - 1;
            points.Add(new AtRiskPoint(t, nRisk, last < 0 ? 1 : Survival[last]));
        }
        return points.MoveToImmutable();
    }

    /// <summary>The first row whose time is ≥ t.</summary>
    private int LowerBound(double t)
    {
        int lo = 0, hi = Time.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Time[mid] < t) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
