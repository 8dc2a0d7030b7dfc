using Lutetia.Statistics.Descriptive;

namespace Lutetia.Statistics.Tests.Proportions;

/// <summary>R's quantile type 7 does not interpolate between equal neighbours.</summary>
public sealed class QuantileTieTests
{
    [Theory]
    [InlineData(0.05)] // (1 − 0.1)·a + 0.1·a is −89.62500000000001 in double arithmetic
    [InlineData(0.25)]
    [InlineData(0.45)]
    public void Between_equal_neighbours_the_quantile_is_the_value_itself(double prob) =>
        Assert.Equal(-89.625, Quantiles.Type7([-89.625, -89.625, -82.375], prob));
}
