using Lutetia.Statistics.Cox;

namespace Lutetia.Statistics.Tests.Cox;

/// <summary>Treatment contrasts: reference first (or named), one 0/1 column per other level, refusals with the factor named.</summary>
public sealed class CoxDesignTests
{
    [Fact]
    public void Labels_sort_in_R_order_and_the_first_level_is_the_reference()
    {
        var design = CoxDesign.Of([CoxTerm.Factor("grade", ["G2", "G1", "G3", "G1"])], 4);

        Assert.Equal(["G1", "G2", "G3"], design.Terms[0].Levels);
        Assert.Equal(["gradeG2", "gradeG3"], design.Covariates.Select(c => c.Name));
        Assert.Equal([1.0, 0, 0, 0], design.Covariates[0].Values);
        Assert.Equal([0.0, 0, 1, 0], design.Covariates[1].Values);
    }

    [Fact]
    public void Numeric_labels_sort_numerically_as_R_sorts_a_numeric_column()
    {
        var design = CoxDesign.Of([CoxTerm.Factor("ecog", ["10", "9", "2"])], 3);

        Assert.Equal(["2", "9", "10"], design.Terms[0].Levels);
    }

    [Fact]
    public void A_named_reference_moves_first_and_the_others_keep_their_order()
    {
        var design = CoxDesign.Of([CoxTerm.Factor("grade", ["G1", "G2", "G3"], reference: "G2"), CoxTerm.Numeric("age", [50, 60, 70])], 3);

        Assert.Equal(["G2", "G1", "G3"], design.Terms[0].Levels);
        Assert.Equal(["gradeG1", "gradeG3", "age"], design.Covariates.Select(c => c.Name));
        Assert.Equal(2, design.Terms[1].FirstColumn);
    }

    [Fact]
    public void A_reference_that_is_not_a_level_is_refused_listing_the_levels()
    {
        var e = Assert.Throws<ArgumentException>(() => CoxDesign.Of([CoxTerm.Factor("grade", ["G1", "G2"], reference: "G4")], 2));

        Assert.Contains("the reference level 'G4' of factor 'grade' is not one of its levels: G1, G2.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factor_with_one_level_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => CoxDesign.Of([CoxTerm.Factor("sex", ["F", "F"])], 2));

        Assert.Contains("factor 'sex' has a single level 'F'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_without_events_cannot_be_fitted()
    {
        double[] time = [1, 2, 3, 4, 5, 6, 7, 8];
        int[] status = [1, 1, 1, 1, 0, 0, 1, 0];
        string[] arm = ["a", "a", "a", "a", "b", "b", "a", "b"];

        Assert.Throws<CoxFitException>(() => CoxHazardRatios.Report(time, status, [CoxTerm.Factor("arm", arm)]));
        var refused = CoxHazardRatios.TryReport(time, status, [CoxTerm.Factor("arm", arm)]);
        Assert.StartsWith("The Cox model", refused.Problem?.Message, StringComparison.Ordinal);
    }
}
