using Lutetia.Statistics.Distributions;

namespace Lutetia.Statistics.Tests.Distributions;

/// <summary>Quantiles and tails against values printed by R (qnorm, pnorm, pchisq).</summary>
public sealed class DistributionTests
{
    [Fact]
    public void The_95_percent_z_is_R_qnorm_0975_never_1_96() =>
        Assert.Equal(1.959963984540054, StandardNormal.TwoSidedZ(0.95));

    [Theory]
    [InlineData(0.995, 2.5758293035488999)]
    [InlineData(0.9, 1.2815515655446008)]
    [InlineData(0.05, -1.6448536269514726)]
    public void Normal_quantiles_equal_R_qnorm(double p, double expected) =>
        Assert.Equal(expected, StandardNormal.Quantile(p), 1e-14);

    [Theory]
    [InlineData(10.326741954885632, 1, 0.0013111645203554882)]
    [InlineData(42.311304672282517, 2, 6.4895850626750122e-10)]
    [InlineData(136.80600986260288, 2, 1.9631451559184503e-30)]
    public void Chi_square_upper_tails_equal_R_pchisq_even_far_out(double x, int df, double expected) =>
        Assert.True(Math.Abs(ChiSquare.UpperTail(x, df) - expected) <= 1e-9 * expected);

    [Fact]
    public void A_normal_tail_far_out_does_not_cancel_to_zero() =>
        Assert.True(Math.Abs(StandardNormal.UpperTail(10) - 7.6198530241605269e-24) <= 1e-9 * 7.6198530241605269e-24);

    [Fact]
    public void A_probability_outside_0_1_has_no_quantile() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StandardNormal.Quantile(1));

    [Theory]
    [InlineData(20000, 1)]
    [InlineData(1e6, 3)]
    public void A_p_value_that_underflows_is_zero_not_NaN(double x, int df) =>
        Assert.Equal(0.0, ChiSquare.UpperTail(x, df));
}
