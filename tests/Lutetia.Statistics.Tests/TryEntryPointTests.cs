using Lutetia.Domain;
using Lutetia.Statistics.Cox;
using Lutetia.Statistics.SampleSize;
using Lutetia.Statistics.Survival;

namespace Lutetia.Statistics.Tests;

/// <summary>
/// The Try… entry points: data a statistic is undefined on come back as a refusal carrying the
/// message the throwing entry point raises; good data come back as the value.
/// </summary>
public sealed class TryEntryPointTests
{
    private static DataProblem SameAsThrown<T>(Attempt<T> attempt, Func<object?> throwing)
    {
        var refusal = Assert.IsType<DataProblem>(attempt.Problem);
        var thrown = Assert.ThrowsAny<ArgumentException>(throwing);
        Assert.Equal(thrown.Plain(), refusal.Message);
        Assert.Equal(thrown.ParamName, refusal.Argument);
        return refusal;
    }

    [Fact]
    public void The_log_rank_test_refuses_a_singular_variance_and_tests_two_groups_that_overlap()
    {
        // Both subjects die at t = 1: no one survives the only event time, so the variance is 0.
        double[] time = [1, 1];
        int[] status = [1, 1];
        string[] group = ["a", "b"];

        var refusal = SameAsThrown(LogRank.TryTest(time, status, group), () => LogRank.Test(time, status, group));
        Assert.Contains("singular", refusal.Message, StringComparison.Ordinal);
        var test = LogRank.TryTest([1, 2, 3, 4, 5, 6], [1, 1, 0, 1, 1, 0], ["a", "b", "a", "b", "a", "b"]);
        Assert.True(test.Succeeded);
        Assert.Equal(1, test.Value.Test.Df);
    }

    [Fact]
    public void The_log_rank_test_refuses_a_single_group()
    {
        var refusal = SameAsThrown(LogRank.TryTest([1, 2], [1, 0], ["a", "a"]), () => LogRank.Test([1, 2], [1, 0], ["a", "a"]));

        Assert.Contains("at least two groups", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factor_with_one_level_is_refused_and_a_two_level_factor_is_coded()
    {
        CoxTerm[] one = [CoxTerm.Factor("arm", ["a", "a", "a"])];
        CoxTerm[] two = [CoxTerm.Factor("arm", ["a", "b", "a"])];

        var refusal = SameAsThrown(CoxDesign.TryOf(one, 3), () => CoxDesign.Of(one, 3));
        Assert.Contains("factor 'arm' has a single level 'a'", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(["armb"], CoxDesign.TryOf(two, 3).Value.Covariates.Select(c => c.Name));
    }

    [Fact]
    public void The_hazard_ratio_report_refuses_an_unknown_reference_level()
    {
        double[] time = [1, 2, 3, 4, 5, 6];
        int[] status = [1, 1, 0, 1, 1, 0];
        CoxTerm[] terms = [CoxTerm.Factor("arm", ["a", "b", "a", "b", "a", "b"], reference: "c")];

        var refusal = SameAsThrown(CoxHazardRatios.TryReport(time, status, terms), () => CoxHazardRatios.Report(time, status, terms));

        Assert.Contains("the reference level 'c' of factor 'arm' is not one of its levels: a, b", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exact_design_for_rates_too_close_is_refused_and_one_for_distinct_rates_is_found()
    {
        var close = new SingleArmAssumptions(0.5, 0.501);

        var refusal = SameAsThrown(SingleArmSampleSize.TryExact(close), () => SingleArmSampleSize.Exact(close));
        Assert.Contains("too close", refusal.Message, StringComparison.Ordinal);
        var design = SingleArmSampleSize.TryExact(new SingleArmAssumptions(0.05, 0.2, 0.05, 0.8, sides: 1));
        Assert.Equal(SingleArmSampleSize.Exact(new SingleArmAssumptions(0.05, 0.2, 0.05, 0.8, sides: 1)).N, design.Value.N);
    }
}
