using MathNet.Numerics;

namespace Lutetia.Statistics.Distributions;

/// <summary>The standard normal distribution: quantiles and tail areas as R's qnorm and pnorm.</summary>
public static class StandardNormal
{
    /// <summary>Φ⁻¹(0.975) = 1.959963984540054, R's qnorm(0.975): the z of every 95 % interval.</summary>
    public const double Z975 = 1.959963984540054;

    /// <summary>The quantile Φ⁻¹(p) for 0 &lt; p &lt; 1.</summary>
    public static double Quantile(double p)
    {
        if (!(p > 0 && p < 1))
            throw new ArgumentOutOfRangeException(nameof(p), p, "A normal quantile needs a probability strictly between 0 and 1.");
        if (p == 0.975) return Z975;
        if (p == 0.025) return -Z975;
        return -Math.Sqrt(2) * SpecialFunctions.ErfcInv(2 * p);
    }

    /// <summary>The z of a two-sided interval of the given level (0.95 → 1.959963984540054).</summary>
    public static double TwoSidedZ(double level)
    {
        if (!(level > 0 && level < 1))
            throw new ArgumentOutOfRangeException(nameof(level), level, "A confidence level must lie strictly between 0 and 1.");
        return Quantile(1 - (1 - level) / 2);
    }

    /// <summary>P(Z &gt; z), accurate far in the tail (no 1 − Φ cancellation).</summary>
    public static double UpperTail(double z) => 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2));

    /// <summary>The two-sided p-value 2·P(Z &gt; |z|), as R's summary.coxph prints it.</summary>
    public static double TwoSidedP(double z) => 2 * UpperTail(Math.Abs(z));
}
