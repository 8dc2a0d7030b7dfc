using Lutetia.Statistics.Proportions;

namespace Lutetia.Statistics.Tests.Proportions;

public sealed class BinomialIntervalTests
{
    /// <summary>x, n, level and R's limits by <paramref name="method"/> (cp or wilson) from intervals.csv.</summary>
    public static TheoryData<int, int, double, double, double> RGolden(string method)
    {
        var data = new TheoryData<int, int, double, double, double>();
        foreach (var row in Golden.Rows("intervals.csv"))
            data.Add(row.Integer("x"), row.Integer("n"), row.Number("conf_level"), row.Number($"{method}_lower"), row.Number($"{method}_upper"));
        return data;
    }

    [Theory]
    [MemberData(nameof(RGolden), "cp")]
    public void Clopper_Pearson_limits_equal_R_binom_test(int x, int n, double level, double lower, double upper)
    {
        var interval = BinomialInterval.ClopperPearson(x, n, level);

        Golden.Agrees(lower, interval.Lower, $"lower limit of {x}/{n} at {level}");
        Golden.Agrees(upper, interval.Upper, $"upper limit of {x}/{n} at {level}");
    }

    [Theory]
    [MemberData(nameof(RGolden), "wilson")]
    public void Wilson_limits_equal_R_prop_test_without_continuity_correction(int x, int n, double level, double lower, double upper)
    {
        var interval = BinomialInterval.Wilson(x, n, level);

        Golden.Agrees(lower, interval.Lower, $"lower limit of {x}/{n} at {level}");
        Golden.Agrees(upper, interval.Upper, $"upper limit of {x}/{n} at {level}");
    }

    [Fact]
    public void The_MesenLuth_response_rate_of_2_in_52_has_the_exact_interval_the_report_prints()
    {
        var (lower, upper) = BinomialInterval.ClopperPearson(2, 52).InPercent;

        Assert.Equal(0.47, Math.Round(lower, 2));
        Assert.Equal(13.21, Math.Round(upper, 2));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(1000)]
    public void No_success_gives_a_lower_limit_of_zero_and_the_closed_form_upper_limit(int n)
    {
        var exact = BinomialInterval.ClopperPearson(0, n);
        var wilson = BinomialInterval.Wilson(0, n);

        Assert.Equal(0, exact.Lower);
        Golden.Agrees(1 - Math.Pow(0.025, 1.0 / n), exact.Upper, "upper limit, 1 − (α/2)^(1/n)");
        Assert.Equal(0, wilson.Lower);
        Assert.True(wilson.Upper is > 0 and < 1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(1000)]
    public void All_successes_give_an_upper_limit_of_one_and_the_closed_form_lower_limit(int n)
    {
        var exact = BinomialInterval.ClopperPearson(n, n);
        var wilson = BinomialInterval.Wilson(n, n);

        Assert.Equal(1, exact.Upper);
        Golden.Agrees(Math.Pow(0.025, 1.0 / n), exact.Lower, "lower limit, (α/2)^(1/n)");
        Assert.Equal(1, wilson.Upper);
    }

    [Fact]
    public void A_wider_confidence_level_gives_a_wider_interval()
    {
        var narrow = BinomialInterval.ClopperPearson(7, 40, 0.8);
        var wide = BinomialInterval.ClopperPearson(7, 40, 0.99);

        Assert.True(wide.Lower < narrow.Lower && wide.Upper > narrow.Upper);
    }

    [Fact]
    public void Limits_are_found_for_a_large_sample_and_a_rare_event()
    {
        var interval = BinomialInterval.ClopperPearson(1, 1_000_000);

        // qbeta(0.025, 1, n) = 1 − 0.975^(1/n) for x = 1: with y = ln(0.975) / n, −y − y²/2 − y³/6.
        double y = Math.Log(0.975) / 1_000_000;
        Golden.Agrees(-y - y * y / 2 - y * y * y / 6, interval.Lower, "lower limit of 1 in a million");
        Assert.True(interval.Upper is > 5e-6 and < 6e-6);
    }

    [Theory]
    [InlineData(-1, 10, 0.95, "x")]
    [InlineData(11, 10, 0.95, "x")]
    [InlineData(0, 0, 0.95, "n")]
    [InlineData(1, -5, 0.95, "n")]
    [InlineData(1, 10, 0, "confidenceLevel")]
    [InlineData(1, 10, 1, "confidenceLevel")]
    [InlineData(1, 10, double.NaN, "confidenceLevel")]
    public void Impossible_counts_or_levels_are_refused_naming_the_argument(int x, int n, double level, string argument)
    {
        Assert.Equal(argument, Assert.ThrowsAny<ArgumentException>(() => BinomialInterval.ClopperPearson(x, n, level)).ParamName);
        Assert.Equal(argument, Assert.ThrowsAny<ArgumentException>(() => BinomialInterval.Wilson(x, n, level)).ParamName);
    }

    [Fact]
    public void A_rate_carries_its_percent_and_exact_interval_and_has_neither_over_no_patient()
    {
        var rate = Rate.Exact(2, 52);
        var none = Rate.Exact(0, 0);

        Assert.Equal(100.0 * 2 / 52, rate.Percent);
        Assert.Equal(BinomialInterval.ClopperPearson(2, 52), rate.Interval);
        Assert.Null(none.Percent);
        Assert.Null(none.Interval);
        Assert.Equal("n", Assert.ThrowsAny<ArgumentException>(() => Rate.Exact(1, 0)).ParamName);
        Assert.Equal("n", Assert.ThrowsAny<ArgumentException>(() => Rate.Exact(5, 4)).ParamName);
        Assert.Equal("of", Assert.ThrowsAny<ArgumentException>(() => Rate.Exact(0, -1)).ParamName);
    }
}
