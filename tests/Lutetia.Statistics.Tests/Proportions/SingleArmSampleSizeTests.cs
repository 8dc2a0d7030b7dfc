using Lutetia.Statistics.SampleSize;

namespace Lutetia.Statistics.Tests.Proportions;

public sealed class SingleArmSampleSizeTests
{
    private static readonly SingleArmAssumptions MesenLuth = new(p0: 0.20, p1: 0.05, alpha: 0.05, power: 0.80, sides: 2);

    [Fact]
    public void The_MesenLuth_assumptions_give_41_point_6_by_the_normal_approximation_rounded_up_to_42()
    {
        var design = SingleArmSampleSize.Normal(MesenLuth);

        Assert.Equal(41.6, Math.Round(design.UnroundedN, 1));
        Assert.Equal(42, design.N);
    }

    [Fact]
    public void The_MesenLuth_assumptions_give_41_patients_by_the_exact_design_rejecting_at_3_responders_or_fewer()
    {
        var design = SingleArmSampleSize.Exact(MesenLuth);

        Assert.Equal(41, design.N);
        Assert.Equal(3, design.Threshold);
        Assert.Equal(RejectionRegion.AtMost, design.Rejection);
        Assert.True(design.ActualAlpha <= 0.05 && design.ActualPower >= 0.80);
    }

    [Fact]
    public void The_outputs_example_is_27_patients_rejecting_at_4_responders_or_more()
    {
        var design = SingleArmSampleSize.Exact(new SingleArmAssumptions(0.05, 0.2, 0.05, 0.8, sides: 1));

        Assert.Equal(27, design.N);
        Assert.Equal(4, design.Threshold);
        Assert.Equal(RejectionRegion.AtLeast, design.Rejection);
        Assert.Equal(0.0437, Math.Round(design.ActualAlpha, 4));
        Assert.Equal(0.818, Math.Round(design.ActualPower, 3));
    }

    public static TheoryData<int> GoldenRows() => new(Enumerable.Range(0, Golden.Rows("designs.csv").Count));

    [Theory]
    [MemberData(nameof(GoldenRows))]
    public void Exact_and_normal_designs_equal_the_R_search_over_the_grid(int index)
    {
        var row = Golden.Rows("designs.csv")[index];
        var assumptions = new SingleArmAssumptions(row.Number("p0"), row.Number("p1"), row.Number("alpha"), row.Number("power"), row.Integer("sides"));
        string what = $"p0 {assumptions.P0}, p1 {assumptions.P1}, alpha {assumptions.Alpha}, power {assumptions.Power}, {assumptions.Sides}-sided";

        var exact = SingleArmSampleSize.Exact(assumptions);
        var normal = SingleArmSampleSize.Normal(assumptions);

        Assert.Equal(row.Integer("exact_n"), exact.N);
        Assert.Equal(row.Integer("threshold"), exact.Threshold);
        Assert.Equal(row["rejection"] == "at_least" ? RejectionRegion.AtLeast : RejectionRegion.AtMost, exact.Rejection);
        Golden.Agrees(row.Number("actual_alpha"), exact.ActualAlpha, $"actual alpha, {what}");
        Golden.Agrees(row.Number("actual_power"), exact.ActualPower, $"actual power, {what}");
        Golden.Agrees(row.Number("normal_unrounded"), normal.UnroundedN, $"normal n, {what}");
        Assert.Equal(row.Integer("normal_n"), normal.N);
    }

    [Fact]
    public void A_two_sided_design_needs_more_patients_than_a_one_sided_one()
    {
        var one = SingleArmSampleSize.Exact(new SingleArmAssumptions(0.2, 0.05, sides: 1));
        var two = SingleArmSampleSize.Exact(new SingleArmAssumptions(0.2, 0.05, sides: 2));

        Assert.True(two.N > one.N, $"two-sided {two.N}, one-sided {one.N}");
    }

    [Fact]
    public void Close_rates_need_a_large_exact_design_found_without_giving_up()
    {
        var design = SingleArmSampleSize.Exact(new SingleArmAssumptions(0.30, 0.35, sides: 1));
        var normal = SingleArmSampleSize.Normal(new SingleArmAssumptions(0.30, 0.35, sides: 1));

        Assert.InRange(design.N, normal.N - 30, normal.N + 30);
        Assert.True(design.ActualAlpha <= 0.05 && design.ActualPower >= 0.8);
    }

    [Fact]
    public void Rates_too_close_for_any_exact_design_in_range_are_refused_with_the_reason()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => SingleArmSampleSize.Exact(new SingleArmAssumptions(0.5, 0.501)));

        Assert.Contains("too close", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, 0.2, 0.05, 0.8, 1, "p0")]
    [InlineData(1.0, 0.2, 0.05, 0.8, 1, "p0")]
    [InlineData(double.NaN, 0.2, 0.05, 0.8, 1, "p0")]
    [InlineData(0.05, 1.2, 0.05, 0.8, 1, "p1")]
    [InlineData(0.05, -0.1, 0.05, 0.8, 1, "p1")]
    [InlineData(0.2, 0.2, 0.05, 0.8, 1, "p1")]
    [InlineData(0.05, 0.2, 0.0, 0.8, 1, "alpha")]
    [InlineData(0.05, 0.2, double.NaN, 0.8, 1, "alpha")]
    [InlineData(0.05, 0.2, 0.05, 1.0, 1, "power")]
    [InlineData(0.05, 0.2, 0.05, 0.8, 3, "sides")]
    public void Impossible_assumptions_are_refused_naming_the_argument(double p0, double p1, double alpha, double power, int sides, string argument)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => new SingleArmAssumptions(p0, p1, alpha, power, sides));

        Assert.Equal(argument, e.ParamName);
    }
}
