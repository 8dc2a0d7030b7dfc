using Lutetia.Statistics.CompetingRisks;

namespace Lutetia.Statistics.Tests.CompetingRisks;

/// <summary>The parts of the competing-risks output that R's cuminc does not give: limits, layout, codes.</summary>
public sealed class CumulativeIncidenceTests
{
    private static readonly double[] Time = [1, 2, 2, 3, 4, 5, 6, 7, 8, 9];
    private static readonly int[] Cause = [1, 2, 1, 0, 1, 2, 0, 1, 2, 1];

    [Fact]
    public void The_limits_are_the_log_minus_log_transform_of_the_documented_formula()
    {
        var curve = CumulativeIncidence.Estimate(Time, Cause).Curves.Single(c => c.Cause == 1);
        for (int i = 0; i < curve.Estimate.Length; i++)
        {
            double f = curve.Estimate[i];
            if (f <= 0 || f >= 1)
            {
                Assert.True(double.IsNaN(curve.Lower[i]) && double.IsNaN(curve.Upper[i]));
                continue;
            }
            double delta = 1.959963984540054 * Math.Sqrt(curve.Variance[i]) / (f * -Math.Log(f));
            Assert.Equal(Math.Pow(f, Math.Exp(delta)), curve.Lower[i], 1e-15);
            Assert.Equal(Math.Pow(f, Math.Exp(-delta)), curve.Upper[i], 1e-15);
            Assert.True(curve.Lower[i] < f && f < curve.Upper[i] && curve.Upper[i] < 1);
        }
    }

    [Fact]
    public void Without_censoring_the_incidences_of_all_causes_add_up_to_one_at_the_end()
    {
        double[] time = [1, 2, 3, 4, 5, 6];
        int[] cause = [1, 2, 2, 1, 3, 1];
        var curves = CumulativeIncidence.Estimate(time, cause).Curves;
        Assert.Equal([1, 2, 3], curves.Select(c => c.Cause));
        Assert.Equal(1.0, curves.Sum(c => c.Estimate[^1]), 1e-15);
        Assert.Equal(0.5, curves[0].Estimate[^1], 1e-15);
    }

    [Fact]
    public void Each_curve_starts_at_zero_and_ends_at_the_groups_largest_time()
    {
        var result = CumulativeIncidence.Estimate(Time, Cause, ["a", "b", "a", "b", "a", "b", "a", "b", "a", "b"]);
        Assert.Equal(4, result.Curves.Length);
        Assert.Equal(2, result.Tests.Length);
        foreach (var c in result.Curves)
        {
            Assert.Equal(0, c.Time[0]);
            Assert.Equal(0, c.Estimate[0]);
            Assert.Equal(c.Group == "a" ? 8 : 9, c.Time[^1]);
        }
    }

    [Fact]
    public void Gray_tests_need_two_groups()
    {
        Assert.Empty(CumulativeIncidence.Estimate(Time, Cause).Tests);
    }
}
