using Lutetia.Statistics.Proportions;

namespace Lutetia.Statistics.Descriptive;

/// <summary>Sample quantiles.</summary>
public static class Quantiles
{
    /// <summary>
    /// R's default <c>quantile(x, prob, type = 7)</c> (Hyndman &amp; Fan 1996, Am Stat 50:361,
    /// definition 7): with h = (n − 1)·prob, the value x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) of the
    /// sorted sample (0-based). <paramref name="sorted"/> must be in ascending order, without NaN.
    /// </summary>
    public static double Type7(ReadOnlySpan<double> sorted, double prob)
    {
        if (sorted.IsEmpty)
            throw new ArgumentException("sorted is empty: a quantile needs at least one value.", nameof(sorted));
        if (!(prob >= 0 && prob <= 1))
            throw new ArgumentOutOfRangeException(nameof(prob), prob, $"prob must lie between 0 and 1; it was {Require.Show(prob)}.");
        double h = (sorted.Length - 1) * prob;
        int low = (int)Math.Floor(h);
        if (low >= sorted.Length - 1)
            return sorted[^1];
        double fraction = h - low;
        // R (quantile.default) interpolates, (1 − f)·x₍ⱼ₎ + f·x₍ⱼ₊₁₎, only where f > 0 and
        // x₍ⱼ₊₁₎ ≠ x₍ⱼ₎: equal neighbours give the value itself, not a value one rounding away from it.
        return fraction == 0 || sorted[low + 1] == sorted[low] ? sorted[low] : (1 - fraction) * sorted[low] + fraction * sorted[low + 1];
    }
}
