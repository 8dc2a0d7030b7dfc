using Lutetia.Statistics.Survival;
using Lutetia.Statistics.Tests.Golden;

namespace Lutetia.Statistics.Tests.Survival;

/// <summary>The SPSS-compatible median CI against the same documented formula written in R.</summary>
public sealed class SpssMedianTests
{
    public static TheoryData<int> Rows() => [.. Enumerable.Range(0, GoldenTable.Load("spss_median.csv").Count)];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Median_standard_error_and_limits_follow_the_documented_SPSS_formula(int row)
    {
        var golden = GoldenTable.Load("spss_median.csv");
        var c = SurvivalCase.Load(golden.Text(row, "case"));
        var fit = KaplanMeierGoldenTests.FitCase(c, ConfidenceType.Log);
        var curve = fit.Curves.Single(k => k.Group == golden.Text(row, "group"));
        var spss = SpssMedian.Of(curve);
        string at = $"{c.Name} '{curve.Group}'";
        Near.Equal(golden.Number(row, "median"), spss.Median, Near.Survival, at + " median");
        Near.Equal(golden.Number(row, "se"), spss.StdErr, Near.Survival, at + " SE");
        Near.Equal(golden.Number(row, "lower"), spss.Lower, Near.Survival, at + " lower");
        Near.Equal(golden.Number(row, "upper"), spss.Upper, Near.Survival, at + " upper");
    }

    [Fact]
    public void The_SPSS_median_takes_the_first_time_at_one_half_where_R_takes_the_midpoint()
    {
        var curve = KaplanMeier.Fit([1, 2, 3, 4, 6, 7], [1, 1, 1, 0, 1, 0]);
        Assert.Equal(3, SpssMedian.Of(curve).Median);
        Assert.Equal(4.5, curve.Median().Estimate);
    }
}
