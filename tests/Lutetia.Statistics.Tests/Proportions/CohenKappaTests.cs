using System.Globalization;
using Lutetia.Statistics.Agreement;

namespace Lutetia.Statistics.Tests.Proportions;

public sealed class CohenKappaTests
{
    /// <summary>Fleiss, Levin &amp; Paik (2003), ch. 18: 100 subjects diagnosed by two raters.</summary>
    private static readonly int[,] FleissPsychiatric = { { 75, 1, 4 }, { 5, 4, 1 }, { 0, 0, 10 } };

    public static TheoryData<int> GoldenRows() => new(Enumerable.Range(0, Golden.Rows("kappa.csv").Count));

    [Theory]
    [MemberData(nameof(GoldenRows))]
    public void Kappa_and_its_standard_errors_equal_the_published_formulas_computed_in_R(int index)
    {
        var row = Golden.Rows("kappa.csv")[index];
        int k = row.Integer("k");
        var cells = row["counts"].Split(' ').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        var counts = new int[k, k];
        for (int i = 0; i < cells.Length; i++)
            counts[i / k, i % k] = cells[i];
        var weighting = Enum.Parse<KappaWeighting>(row["weighting"], ignoreCase: true);
        string what = $"{row["table"]}, {row["weighting"]}, level {row["conf_level"]}";

        var result = CohenKappa.FromTable(counts, weighting, row.Number("conf_level"));

        Assert.Equal(row.Integer("n"), result.Pairs);
        Golden.Agrees(row.Number("percent_agreement"), result.PercentAgreement, $"percent agreement, {what}");
        Golden.Agrees(row.Number("observed"), result.ObservedAgreement, $"observed agreement, {what}");
        Golden.Agrees(row.Number("expected"), result.ExpectedAgreement, $"expected agreement, {what}");
        Golden.Agrees(row.Optional("kappa"), result.Kappa, $"kappa, {what}");
        Golden.Agrees(row.Optional("se"), result.StandardError, $"SE, {what}");
        Golden.Agrees(row.Optional("lower"), result.Lower, $"lower limit, {what}");
        Golden.Agrees(row.Optional("upper"), result.Upper, $"upper limit, {what}");
        Golden.Agrees(row.Optional("se_null"), result.StandardErrorUnderNull, $"SE under the null, {what}");
        Golden.Agrees(row.Optional("z"), result.Z, $"z, {what}");
        Golden.Agrees(row.Optional("p"), result.P, $"p, {what}");
    }

    [Fact]
    public void Fleiss_textbook_example_gives_the_published_kappa_of_0_68()
    {
        var result = CohenKappa.FromTable(FleissPsychiatric);

        Assert.Equal(0.89, result.ObservedAgreement, 12);
        Assert.Equal(0.66, result.ExpectedAgreement, 12);
        Assert.Equal(0.68, Math.Round(result.Kappa!.Value, 2));
        Assert.Equal(89, result.PercentAgreement, 12);
    }

    [Fact]
    public void Perfect_agreement_over_several_categories_is_a_kappa_of_one_with_no_spread()
    {
        string[] local = ["pr", "sd", "sd", "pd", "pr", "sd"];

        var result = CohenKappa.FromRatings(local, local, ["cr", "pr", "sd", "pd"], KappaWeighting.Linear);

        Assert.Equal(1.0, result.Kappa);
        Assert.Equal(100.0, result.PercentAgreement);
        Assert.Equal(0.0, result.StandardError!.Value, 12);
        Assert.Equal(1.0, result.Upper);
    }

    [Theory]
    [InlineData(KappaWeighting.Unweighted)]
    [InlineData(KappaWeighting.Linear)]
    [InlineData(KappaWeighting.Quadratic)]
    public void Both_raters_using_a_single_category_leave_kappa_undefined_but_the_agreement_reported(KappaWeighting weighting)
    {
        string[] ratings = ["sd", "sd", "sd"];

        var result = CohenKappa.FromRatings(ratings, ratings, ["pr", "sd", "pd"], weighting);

        Assert.Null(result.Kappa);
        Assert.Null(result.StandardError);
        Assert.Null(result.Lower);
        Assert.Null(result.Z);
        Assert.Equal(100.0, result.PercentAgreement);
        Assert.Equal(3, result.Pairs);
    }

    [Fact]
    public void Ratings_are_tabulated_in_the_category_order_given()
    {
        int[] first = [1, 2, 3, 3, 2, 1, 1];
        int[] second = [1, 3, 3, 2, 2, 1, 2];
        var table = new int[3, 3];
        for (int s = 0; s < first.Length; s++)
            table[first[s] - 1, second[s] - 1]++;

        var fromRatings = CohenKappa.FromRatings(first, second, [1, 2, 3], KappaWeighting.Quadratic);
        var fromTable = CohenKappa.FromTable(table, KappaWeighting.Quadratic);
        var reordered = CohenKappa.FromRatings(first, second, [3, 1, 2], KappaWeighting.Quadratic);

        Assert.Equal(fromTable, fromRatings);
        Assert.NotEqual(fromTable.Kappa, reordered.Kappa);
    }

    [Fact]
    public void Weighting_gives_credit_for_near_misses_between_ordered_categories()
    {
        var unweighted = CohenKappa.FromTable(FleissPsychiatric, KappaWeighting.Unweighted);
        var linear = CohenKappa.FromTable(FleissPsychiatric, KappaWeighting.Linear);

        Assert.True(linear.ObservedAgreement > unweighted.ObservedAgreement);
    }

    [Fact]
    public void A_rating_outside_the_categories_is_refused_naming_the_rater_and_subject()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => CohenKappa.FromRatings(["pr", "sd"], ["pr", "xx"], ["pr", "sd"]));

        Assert.Equal("second", e.ParamName);
        Assert.Contains("second[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unpaired_ratings_are_refused()
    {
        Assert.Equal("second", Assert.ThrowsAny<ArgumentException>(() => CohenKappa.FromRatings(["pr", "sd"], ["pr"], ["pr", "sd"])).ParamName);
    }

    [Fact]
    public void An_empty_a_negative_or_a_non_square_table_is_refused()
    {
        Assert.Equal("counts", Assert.ThrowsAny<ArgumentException>(() => CohenKappa.FromTable(new int[2, 2])).ParamName);
        Assert.Equal("counts", Assert.ThrowsAny<ArgumentException>(() => CohenKappa.FromTable(new[,] { { 3, -1 }, { 0, 2 } })).ParamName);
        Assert.Equal("counts", Assert.ThrowsAny<ArgumentException>(() => CohenKappa.FromTable(new int[2, 3])).ParamName);
        Assert.Equal("confidenceLevel", Assert.ThrowsAny<ArgumentException>(() => CohenKappa.FromTable(FleissPsychiatric, confidenceLevel: 1.5)).ParamName);
    }
}
