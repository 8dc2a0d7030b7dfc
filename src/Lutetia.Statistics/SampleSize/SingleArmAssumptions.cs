using Lutetia.Statistics.Proportions;

namespace Lutetia.Statistics.SampleSize;

/// <summary>
/// What a single-arm binomial design assumes: the response rate under the null hypothesis
/// (<see cref="P0"/>), the rate the trial hopes to show (<see cref="P1"/>, above or below P0),
/// the type I error <see cref="Alpha"/> over <see cref="Sides"/> sides and the power.
/// </summary>
public sealed record SingleArmAssumptions
{
    public SingleArmAssumptions(double p0, double p1, double alpha = 0.05, double power = 0.8, int sides = 1)
    {
        Require.OpenProbability(p0, nameof(p0));
        Require.OpenProbability(p1, nameof(p1));
        if (p0 == p1)
            throw new ArgumentException($"p1 must differ from p0 (both were {Require.Show(p0)}): a design needs an alternative to detect.", nameof(p1));
        Require.OpenProbability(alpha, nameof(alpha));
        Require.OpenProbability(power, nameof(power));
        if (sides is not (1 or 2))
            throw new ArgumentOutOfRangeException(nameof(sides), sides, $"sides must be 1 or 2; it was {sides}.");
        P0 = p0;
        P1 = p1;
        Alpha = alpha;
        Power = power;
        Sides = sides;
    }

    /// <summary>The response rate under the null hypothesis.</summary>
    public double P0 { get; }

    /// <summary>The response rate under the alternative.</summary>
    public double P1 { get; }

    /// <summary>The type I error, in total over <see cref="Sides"/>.</summary>
    public double Alpha { get; }

    /// <summary>The probability of rejecting the null hypothesis when the rate is <see cref="P1"/>.</summary>
    public double Power { get; }

    /// <summary>1 for a one-sided test, 2 for a two-sided one (alpha split equally between the tails).</summary>
    public int Sides { get; }

    /// <summary>True when the alternative is a higher rate than the null (reject for many responses).</summary>
    public bool AlternativeIsHigher => P1 > P0;

    /// <summary>The type I error spent on the tail toward <see cref="P1"/>: alpha, or alpha / 2 when two-sided.</summary>
    public double TailAlpha => Sides == 2 ? Alpha / 2 : Alpha;
}
