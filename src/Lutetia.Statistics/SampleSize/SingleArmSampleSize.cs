using System.Globalization;
using Lutetia.Domain;
using Lutetia.Statistics.Distributions;
using Lutetia.Statistics.Proportions;

namespace Lutetia.Statistics.SampleSize;

/// <summary>Sample size of a single-arm trial whose endpoint is a response rate (docs/sample-size.md).</summary>
public static class SingleArmSampleSize
{
    /// <summary>The largest exact design searched; beyond it the rates are too close to matter clinically.</summary>
    public const int MaximumExactN = 100_000;

    /// <summary>
    /// The exact design of A'Hern (2001, Stat Med 20:859): the smallest n for which some threshold r
    /// gives P(rejection | P0) ≤ alpha (alpha / 2 per tail when two-sided) and
    /// P(rejection | P1) ≥ power, the rejection region being X ≥ r when P1 &gt; P0 and X ≤ r when
    /// P1 &lt; P0. For each n the threshold is the one with the largest region within alpha, the
    /// most powerful; n is searched upward from 1, so a smaller n is never skipped (the binomial
    /// power is not monotone in n).
    /// </summary>
    /// <exception cref="ArgumentException">No design of at most <see cref="MaximumExactN"/> patients exists.</exception>
    public static ExactSingleArmDesign Exact(SingleArmAssumptions assumptions) => TryExact(assumptions).OrThrow();

    /// <summary>As <see cref="Exact"/>, rates too close for any design of at most <see cref="MaximumExactN"/> patients returned as a refusal.</summary>
    public static Attempt<ExactSingleArmDesign> TryExact(SingleArmAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(assumptions);
        return assumptions.AlternativeIsHigher ? ExactUpper(assumptions) : ExactLower(assumptions);
    }

    /// <summary>
    /// The normal approximation: n = [z_(1−α/s) √(p0(1−p0)) + z_power √(p1(1−p1))]² / (p1 − p0)²,
    /// s the number of sides, rounded up (A'Hern 2001, eq. 1). MesenLuth: p0 0.20, p1 0.05,
    /// two-sided alpha 0.05, power 0.80 → 41.6 → 42.
    /// </summary>
    public static NormalSingleArmDesign Normal(SingleArmAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(assumptions);
        double p0 = assumptions.P0, p1 = assumptions.P1;
        double zAlpha = StandardNormal.Quantile(1 - assumptions.TailAlpha);
        double zPower = StandardNormal.Quantile(assumptions.Power);
        double root = (zAlpha * Math.Sqrt(p0 * (1 - p0)) + zPower * Math.Sqrt(p1 * (1 - p1))) / (p1 - p0);
        double unrounded = root * root;
        if (unrounded > int.MaxValue)
            throw new ArgumentException(TooClose(assumptions, "the normal approximation", int.MaxValue), nameof(assumptions));
        return new NormalSingleArmDesign(assumptions, unrounded, (int)Math.Ceiling(unrounded));
    }

    private static Attempt<ExactSingleArmDesign> ExactUpper(SingleArmAssumptions assumptions)
    {
        double tail = assumptions.TailAlpha;
        int r = 0; // the smallest r with P(X ≥ r | p0) ≤ tail; it never decreases as n grows.
        for (int n = 1; n <= MaximumExactN; n++)
        {
            while (BinomialProbability.AtLeast(r, n, assumptions.P0) > tail)
                r++;
            if (r > n)
                continue; // even n responders out of n are too likely under p0
            double power = BinomialProbability.AtLeast(r, n, assumptions.P1);
            if (power >= assumptions.Power)
                return new ExactSingleArmDesign(assumptions, n, r, RejectionRegion.AtLeast,
                    assumptions.Sides * BinomialProbability.AtLeast(r, n, assumptions.P0), power);
        }
        return new DataProblem(TooClose(assumptions, "an exact design", MaximumExactN), nameof(assumptions));
    }

    private static Attempt<ExactSingleArmDesign> ExactLower(SingleArmAssumptions assumptions)
    {
        double tail = assumptions.TailAlpha;
        int r = -1; // the largest r with P(X ≤ r | p0) ≤ tail; it never decreases as n grows.
        for (int n = 1; n <= MaximumExactN; n++)
        {
            while (r < n && BinomialProbability.AtMost(r + 1, n, assumptions.P0) <= tail)
                r++;
            if (r < 0)
                continue; // even no responder at all is too likely under p0
            double power = BinomialProbability.AtMost(r, n, assumptions.P1);
            if (power >= assumptions.Power)
                return new ExactSingleArmDesign(assumptions, n, r, RejectionRegion.AtMost,
                    assumptions.Sides * BinomialProbability.AtMost(r, n, assumptions.P0), power);
        }
        return new DataProblem(TooClose(assumptions, "an exact design", MaximumExactN), nameof(assumptions));
    }

    private static string TooClose(SingleArmAssumptions a, string what, int limit) => string.Create(CultureInfo.InvariantCulture,
        $"p0 = {a.P0} and p1 = {a.P1} are too close: {what} would need more than {limit} patients. Choose rates further apart.");
}
