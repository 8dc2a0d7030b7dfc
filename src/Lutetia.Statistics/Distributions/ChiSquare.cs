using MathNet.Numerics;

namespace Lutetia.Statistics.Distributions;

/// <summary>The chi-square distribution's upper tail, R's pchisq(x, df, lower.tail = FALSE).</summary>
public static class ChiSquare
{
    /// <summary>P(X &gt; x) for X ~ χ²(df); 1 for x ≤ 0; a value that underflows is 0.</summary>
    public static double UpperTail(double x, int df)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(df);
        if (double.IsNaN(x)) throw new ArgumentException("The chi-square statistic is NaN.", nameof(x));
        if (x <= 0) return 1;
        if (double.IsPositiveInfinity(x)) return 0;
        return SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2);
    }
}
