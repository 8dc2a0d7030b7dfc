namespace Lutetia.Statistics.Survival;

/// <summary>
/// The median survival and its CI as SPSS's KM procedure reports them, for comparison with papers
/// analysed in SPSS (not R's rule). Median: the first event time with S(t) ≤ 0.5. SE (Collett
/// 1994, §2.4; SPSS Algorithms, KM "percentiles"): se(S(t₅₀)) / f̂, f̂ = (S(u) − S(l)) / (l − u),
/// u the last event time with S ≥ 0.55 (0, S = 1, when none), l the first with S ≤ 0.45.
/// CI: median ± 1.96·SE, 1.96 exactly as SPSS prints it. Comparisons use R's tolerance √ε.
/// </summary>
public static class SpssMedian
{
    /// <summary>SPSS's fixed normal quantile.</summary>
    public const double Z = 1.96;

    /// <summary>The half-width of the band that estimates the density at the median.</summary>
    public const double Band = 0.05;

    public static SpssMedianInterval Of(KaplanMeierCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        double tol = SurvivalQuantiles.Tolerance;
        int median = -1, lower = -1;
        double uTime = 0, uSurv = 1;
        for (int i = 0; i < curve.Time.Length; i++)
        {
            if (curve.NEvent[i] == 0) continue;
            double s = curve.Survival[i];
            if (s >= 0.5 + Band - tol) { uTime = curve.Time[i]; uSurv = s; }
            if (median < 0 && s <= 0.5 + tol) median = i;
            if (lower < 0 && s <= 0.5 - Band + tol) lower = i;
        }
        if (median < 0) return new SpssMedianInterval(null, null, null, null);
        double m = curve.Time[median];
        double se = curve.StdErr[median];
        if (lower < 0 || double.IsNaN(se)) return new SpssMedianInterval(m, null, null, null);
        double density = (uSurv - curve.Survival[lower]) / (curve.Time[lower] - uTime);
        double seMedian = se / density;
        return new SpssMedianInterval(m, seMedian, m - Z * seMedian, m + Z * seMedian);
    }
}
