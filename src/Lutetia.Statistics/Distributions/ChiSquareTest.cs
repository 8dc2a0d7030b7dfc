namespace Lutetia.Statistics.Distributions;

/// <summary>A chi-square test: the statistic, its degrees of freedom and the upper-tail p-value.</summary>
public sealed record ChiSquareTest(double ChiSquare, int Df, double P)
{
    /// <summary>The test of a statistic on df degrees of freedom (p = 1 when df is 0, as R's survdiff).</summary>
    public static ChiSquareTest Of(double chiSquare, int df) =>
        new(chiSquare, df, df <= 0 ? 1 : Distributions.ChiSquare.UpperTail(chiSquare, df));
}
