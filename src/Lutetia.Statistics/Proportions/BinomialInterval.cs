using Lutetia.Statistics.Distributions;

namespace Lutetia.Statistics.Proportions;

/// <summary>Two-sided confidence intervals for a binomial proportion x / n.</summary>
public static class BinomialInterval
{
    /// <summary>
    /// The Clopper–Pearson exact interval (Clopper &amp; Pearson 1934, Biometrika 26:404), as R's
    /// <c>binom.test(x, n, conf.level = level)$conf.int</c>: the lower limit is the p at which
    /// P(X ≥ x) = (1 − level) / 2 (0 when x = 0), the upper the p at which P(X ≤ x) = (1 − level) / 2
    /// (1 when x = n). These are the beta quantiles R computes, found here on the binomial tail.
    /// </summary>
    public static ProportionInterval ClopperPearson(int x, int n, double confidenceLevel = 0.95)
    {
        Require.Successes(x, n, nameof(x), nameof(n));
        Require.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));
        double tail = (1 - confidenceLevel) / 2;
        var wilson = Wilson(x, n, confidenceLevel);
        double lower = x == 0 ? 0 : ExactLimit.Solve(p => BinomialProbability.AtLeast(x, n, p) - tail,
            p => n * BinomialProbability.Mass(x - 1, n - 1, p), wilson.Lower);
        double upper = x == n ? 1 : ExactLimit.Solve(p => tail - BinomialProbability.AtMost(x, n, p),
            p => n * BinomialProbability.Mass(x, n - 1, p), wilson.Upper);
        return new ProportionInterval(lower, upper, confidenceLevel);
    }

    /// <summary>
    /// The Wilson score interval without continuity correction (Wilson 1927, JASA 22:209), as R's
    /// <c>prop.test(x, n, conf.level = level, correct = FALSE)$conf.int</c>:
    /// (p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n), z = Φ⁻¹((1 + level) / 2);
    /// the lower limit is 0 when x = 0 and the upper 1 when x = n, as R sets them.
    /// </summary>
    public static ProportionInterval Wilson(int x, int n, double confidenceLevel = 0.95)
    {
        Require.Successes(x, n, nameof(x), nameof(n));
        Require.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));
        double z = StandardNormal.Quantile((1 + confidenceLevel) / 2);
        double estimate = (double)x / n;
        double z22n = z * z / (2.0 * n);
        double halfWidth = z * Math.Sqrt(estimate * (1 - estimate) / n + z22n / (2.0 * n));
        double lower = x == 0 ? 0 : (estimate + z22n - halfWidth) / (1 + 2 * z22n);
        double upper = x == n ? 1 : (estimate + z22n + halfWidth) / (1 + 2 * z22n);
        return new ProportionInterval(Math.Max(lower, 0), Math.Min(upper, 1), confidenceLevel);
    }
}
