using Lutetia.Statistics.CompetingRisks;
using Lutetia.Statistics.Cox;
using Lutetia.Statistics.Survival;

namespace Lutetia.Statistics.Tests.Survival;

/// <summary>Bad input is refused with a message naming the argument and the index, never a wrong number.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void A_negative_time_is_refused_with_its_index()
    {
        var ex = Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([1, -2, 3], [1, 0, 1]));
        Assert.Equal("time", ex.ParamName);
        Assert.Contains("time[1] is -2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_NaN_time_is_refused_with_its_index()
    {
        var ex = Assert.Throws<ArgumentException>(() => LogRank.Test([1, 2, double.NaN], [1, 0, 1], ["a", "b", "a"]));
        Assert.Contains("time[2] is NaN", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_infinite_time_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([1, double.PositiveInfinity], [1, 0]));
        Assert.Contains("time[1]", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    public void An_event_code_other_than_0_or_1_is_refused_with_its_index(int code)
    {
        var ex = Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([1, 2, 3], [1, 0, code]));
        Assert.Equal("status", ex.ParamName);
        Assert.Contains($"status[2] is {code}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([], []));
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mismatched_lengths_are_refused_naming_the_short_argument()
    {
        var ex = Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([1, 2, 3], [1, 0]));
        Assert.Equal("status", ex.ParamName);
        var ex2 = Assert.Throws<ArgumentException>(() => KaplanMeier.FitByGroup([1, 2, 3], [1, 0, 1], ["a", "b"]));
        Assert.Equal("group", ex2.ParamName);
    }

    [Fact]
    public void A_missing_group_label_is_refused_with_its_index()
    {
        var ex = Assert.Throws<ArgumentException>(() => KaplanMeier.FitByGroup([1, 2], [1, 0], ["a", null!]));
        Assert.Contains("group[1] is null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_rank_test_with_one_group_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => LogRank.Test([1, 2], [1, 1], ["a", "a"]));
        Assert.Contains("two groups", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_NaN_covariate_is_refused_naming_the_covariate_and_index()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            CoxRegression.Fit([1, 2, 3], [1, 1, 0], [new CoxCovariate("age", [60, double.NaN, 70])]));
        Assert.Contains("covariate 'age'[1] is NaN", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_covariate_of_the_wrong_length_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            CoxRegression.Fit([1, 2, 3], [1, 1, 0], [new CoxCovariate("age", [60, 70])]));
        Assert.Contains("covariate 'age' has 2 entries", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_cause_code_is_refused_with_its_index()
    {
        var ex = Assert.Throws<ArgumentException>(() => CumulativeIncidence.Estimate([1, 2, 3], [1, -1, 2]));
        Assert.Contains("cause[1] is -1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Cox_model_without_events_is_refused()
    {
        var ex = Assert.Throws<CoxFitException>(() => CoxRegression.Fit([1, 2, 3], [0, 0, 0], [new CoxCovariate("x", [1, 2, 3])]));
        Assert.Contains("no event", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collinear_covariates_are_refused_as_a_singular_information_matrix()
    {
        double[] x = [1, 2, 3, 4, 5, 6];
        double[] twice = [2, 4, 6, 8, 10, 12];
        var ex = Assert.Throws<CoxFitException>(() => CoxRegression.Fit([1, 2, 3, 4, 5, 6], [1, 0, 1, 1, 0, 1],
            [new CoxCovariate("x", x), new CoxCovariate("twice_x", twice)]));
        Assert.Contains("singular", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'twice_x'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_that_needs_more_iterations_than_allowed_is_refused_as_not_converged()
    {
        var ex = Assert.Throws<CoxFitException>(() => CoxRegression.Fit([1, 2, 3, 4, 5, 6], [1, 0, 1, 1, 0, 1],
            [new CoxCovariate("x", [1, 5, 2, 4, 3, 0])], options: new CoxOptions(MaxIterations: 1)));
        Assert.Contains("did not converge in 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryFit_returns_what_Fit_throws_as_a_value()
    {
        double[] time = [1, 2, 3, 4, 5, 6];
        int[] status = [1, 0, 1, 1, 0, 1];
        CoxCovariate[] collinear = [new CoxCovariate("x", [1, 2, 3, 4, 5, 6]), new CoxCovariate("twice_x", [2, 4, 6, 8, 10, 12])];

        var singular = CoxRegression.TryFit(time, status, collinear);
        var noEvent = CoxRegression.TryFit([1, 2, 3], [0, 0, 0], [new CoxCovariate("x", [1, 2, 3])]);
        var fitted = CoxRegression.TryFit(time, status, [new CoxCovariate("x", [1, 5, 2, 4, 3, 0])]);

        Assert.Contains("singular at covariate 'twice_x'", singular.Problem?.Message, StringComparison.Ordinal);
        Assert.Contains("no event", noEvent.Problem?.Message, StringComparison.Ordinal);
        Assert.True(fitted.Succeeded);
        Assert.Equal(CoxRegression.Fit(time, status, [new CoxCovariate("x", [1, 5, 2, 4, 3, 0])]).Coefficients[0].Coef, fitted.Value.Coefficients[0].Coef);
    }
}
