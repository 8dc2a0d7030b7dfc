namespace Lutetia.Statistics.Proportions;

/// <summary>
/// A response rate as results.json reports it (outputs.md): <see cref="N"/> of <see cref="Of"/>,
/// the unrounded percentage and the exact Clopper–Pearson interval; both null when Of is 0.
/// </summary>
/// <param name="N">Patients with the outcome.</param>
/// <param name="Of">Patients in the denominator.</param>
/// <param name="Percent">100 · N / Of.</param>
/// <param name="Interval">The Clopper–Pearson interval (0–1 scale; <see cref="ProportionInterval.InPercent"/> for percent).</param>
public sealed record Rate(int N, int Of, double? Percent, ProportionInterval? Interval)
{
    /// <summary>The rate <paramref name="n"/> / <paramref name="of"/> with its exact interval at <paramref name="confidenceLevel"/>.</summary>
    public static Rate Exact(int n, int of, double confidenceLevel = 0.95)
    {
        if (of < 0)
            throw new ArgumentOutOfRangeException(nameof(of), of, $"of (the denominator) cannot be negative; it was {of}.");
        if (n < 0 || n > of)
            throw new ArgumentOutOfRangeException(nameof(n), n, $"n must lie between 0 and of = {of}; it was {n}.");
        if (of == 0)
        {
            Require.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));
            return new Rate(0, 0, null, null);
        }
        var interval = BinomialInterval.ClopperPearson(n, of, confidenceLevel);
        return new Rate(n, of, 100.0 * n / of, interval);
    }
}
