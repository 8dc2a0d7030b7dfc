using System.Globalization;
using Lutetia.Statistics.Descriptive;

namespace Lutetia.Statistics.Tests.Proportions;

public sealed class DescribeTests
{
    private static double[] Values(string text) => text.Split(' ')
        .Select(v => v == "NA" ? double.NaN : double.Parse(v, CultureInfo.InvariantCulture)).ToArray();

    public static TheoryData<string> Vectors() => new(Golden.Rows("descriptive.csv").Select(r => r["vector"]));

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Summaries_equal_R_mean_sd_and_quantile_type_7(string vector)
    {
        var row = Golden.Rows("descriptive.csv").Single(r => r["vector"] == vector);

        var summary = Describe.Continuous(Values(row["values"]));

        Assert.Equal(row.Integer("n"), summary.N);
        Assert.Equal(row.Integer("missing"), summary.Missing);
        Golden.Agrees(row.Optional("mean"), summary.Mean, $"{vector} mean");
        Golden.Agrees(row.Optional("sd"), summary.StandardDeviation, $"{vector} SD");
        Golden.Agrees(row.Optional("min"), summary.Minimum, $"{vector} minimum");
        Golden.Agrees(row.Optional("q1"), summary.LowerQuartile, $"{vector} lower quartile");
        Golden.Agrees(row.Optional("median"), summary.Median, $"{vector} median");
        Golden.Agrees(row.Optional("q3"), summary.UpperQuartile, $"{vector} upper quartile");
        Golden.Agrees(row.Optional("max"), summary.Maximum, $"{vector} maximum");
    }

    [Fact]
    public void Every_quantile_of_the_grid_equals_R_type_7()
    {
        var vectors = Golden.Rows("descriptive.csv").ToDictionary(r => r["vector"], r => Values(r["values"]), StringComparer.Ordinal);
        foreach (var row in Golden.Rows("quantiles.csv"))
        {
            var sorted = vectors[row["vector"]].Where(v => !double.IsNaN(v)).Order().ToArray();

            Golden.Agrees(row.Number("value"), Quantiles.Type7(sorted, row.Number("prob")), $"{row["vector"]} at {row["prob"]}");
        }
    }

    [Fact]
    public void Missing_values_are_counted_apart_and_left_out_of_the_figures()
    {
        var summary = Describe.Continuous([double.NaN, 4, 2, double.NaN, 9]);

        Assert.Equal(3, summary.N);
        Assert.Equal(2, summary.Missing);
        Assert.Equal(4, summary.Median);
        Assert.Equal(2, summary.Minimum);
        Assert.Equal(9, summary.Maximum);
    }

    [Fact]
    public void An_infinite_value_is_refused_with_its_position()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Describe.Continuous([1, double.PositiveInfinity]));

        Assert.Equal("values", e.ParamName);
        Assert.Contains("values[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Categories_are_counted_over_all_subjects_with_the_unknown_in_their_own_row()
    {
        string?[] grades = ["g1", "g2", null, "g1", "g1"];

        var summary = Describe.Categories(grades, ["g1", "g2", "g3"]);

        Assert.Equal([3, 1, 0], summary.Rows.Select(r => r.N));
        Assert.All(summary.Rows, r => Assert.Equal(5, r.Of));
        Assert.Equal(60.0, summary.Rows[0].Percent);
        Assert.Equal(1, summary.Missing);
        Assert.Equal(20.0, summary.MissingPercent);
    }

    [Fact]
    public void Percentages_of_the_known_values_leave_the_unknown_out_of_the_denominator()
    {
        string?[] status = ["unresectable", null, "resectable", "unresectable", null];

        var summary = Describe.Categories(status, ["resectable", "unresectable"], Denominator.Known);

        Assert.Equal(3, summary.Rows[1].Of);
        Assert.Equal(200.0 / 3, summary.Rows[1].Percent!.Value, 12);
    }

    [Fact]
    public void A_yes_no_variable_is_counted_as_n_of_all_or_of_the_known()
    {
        bool?[] women = [true, false, null, true];

        Assert.Equal(CategoryCount<bool>.Create(true, 2, 4), Describe.Yes(women));
        Assert.Equal(CategoryCount<bool>.Create(true, 2, 3), Describe.Yes(women, Denominator.Known));
        Assert.Null(Describe.Yes([]).Percent);
    }

    [Fact]
    public void A_value_outside_the_categories_is_refused()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Describe.Categories(["g1", "g4"], ["g1", "g2"]));

        Assert.Contains("values[1]", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_probability_outside_zero_to_one_is_refused(double prob)
    {
        Assert.Equal("prob", Assert.ThrowsAny<ArgumentException>(() => Quantiles.Type7([1.0, 2.0], prob)).ParamName);
    }

    [Fact]
    public void A_category_listed_twice_is_refused()
    {
        Assert.Equal("categories", Assert.ThrowsAny<ArgumentException>(() => Describe.Categories(["g1"], ["g1", "g2", "g1"])).ParamName);
    }

    [Fact]
    public void Null_marks_a_missing_value_as_NaN_does()
    {
        Assert.Equal(Describe.Continuous([1.5, double.NaN, 3]), Describe.Continuous(new double?[] { 1.5, null, 3 }));
    }
}
