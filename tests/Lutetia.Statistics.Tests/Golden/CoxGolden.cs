using Lutetia.Statistics.Cox;

namespace Lutetia.Statistics.Tests.Golden;

/// <summary>Coefficients of a fitted model against rows of R's summary(coxph), in order, to the Cox tolerance.</summary>
public static class CoxGolden
{
    public static void SameCoefficients(GoldenTable golden, IReadOnlyList<CoxCoefficient> coefficients, string at)
    {
        ArgumentNullException.ThrowIfNull(golden);
        ArgumentNullException.ThrowIfNull(coefficients);
        Assert.Equal(golden.Texts("name"), coefficients.Select(c => c.Name));
        for (int r = 0; r < golden.Count; r++)
        {
            var c = coefficients[r];
            string what = $"{at} {c.Name}";
            Near.Equal(golden.Number(r, "coef"), c.Coef, Near.Cox, what + " coef");
            Near.Equal(golden.Number(r, "se"), c.StdErr, Near.Cox, what + " se");
            Near.Equal(golden.Number(r, "hr"), c.HazardRatio, Near.Cox, what + " HR");
            Near.Equal(golden.Number(r, "lower"), c.HrLower, Near.Cox, what + " HR lower");
            Near.Equal(golden.Number(r, "upper"), c.HrUpper, Near.Cox, what + " HR upper");
            Near.Equal(golden.Number(r, "p"), c.P, Near.Cox, what + " p");
        }
    }
}
