using System.Globalization;
using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Metabolic;
using Lutetia.Criteria.Recist;

namespace Lutetia.Criteria.Tests;

/// <summary>
/// One test on each side of every threshold, on recorded decimal values: the places where binary
/// floating point gets a category wrong (response-criteria.md, "Arithmetic").
/// </summary>
public sealed class BoundaryTests
{
    private static TargetVerdict Target(string baseline, params string[] followUps)
    {
        var b = new SeriesBuilder().Target("L1").Read(-7, baseline);
        for (var i = 0; i < followUps.Length; i++)
            b.Read(60 * (i + 1), followUps[i]);
        return Recist11.Assess(b.Build()).TimePoints[^1].Target!;
    }

    [Theory]
    [InlineData("23.0", "16.1", TargetResponse.Pr)]
    [InlineData("23.0", "16.2", TargetResponse.Sd)]
    [InlineData("11", "7.7", TargetResponse.Pr)]
    [InlineData("100", "70", TargetResponse.Pr)]
    [InlineData("100", "70.1", TargetResponse.Sd)]
    public void Exactly_minus_30_percent_is_a_partial_response_and_minus_29_9_is_not(string baseline, string followUp, TargetResponse expected)
    {
        Assert.Equal(expected, Target(baseline, followUp).Response);
    }

    [Fact]
    public void Twenty_three_to_16_1_mm_is_exactly_minus_30_percent()
    {
        var verdict = Target("23.0", "16.1");

        Assert.Equal(-30m, verdict.ChangeFromBaselinePercent);
        Assert.Equal("PR: sum 16.1 mm is -30 % from the baseline 23 mm (PR from -30 %)", verdict.Explanation.Sentence);
    }

    [Theory]
    [InlineData("24.5", "29.4", TargetResponse.Sd)]   // +20 %, +4.9 mm
    [InlineData("25", "30", TargetResponse.Pd)]       // +20 %, +5 mm
    [InlineData("50", "59.9", TargetResponse.Sd)]     // +19.8 %, +9.9 mm
    [InlineData("50", "60", TargetResponse.Pd)]       // +20 %, +10 mm
    public void Progression_needs_both_plus_20_percent_and_plus_5_mm_over_the_nadir(string nadir, string followUp, TargetResponse expected)
    {
        Assert.Equal(expected, Target(nadir, followUp).Response);
    }

    [Fact]
    public void The_progression_sentence_names_sum_percent_millimetres_nadir_and_its_date()
    {
        var verdict = Target("80", "52", "64");

        Assert.Equal("PD: sum 64 mm is +23.1 % and +12 mm over the nadir 52 mm at 2019-03-02", verdict.Explanation.Sentence);
        Assert.Equal(52m, verdict.NadirMm);
        Assert.Equal(12m, verdict.ChangeFromNadirMm);
    }

    [Theory]
    [InlineData("9.9", TargetResponse.Cr)]
    [InlineData("10", TargetResponse.Pr)]
    public void A_node_of_9_9_mm_is_normal_and_one_of_10_mm_is_not(string node, TargetResponse expected)
    {
        var b = new SeriesBuilder().Target("N1", nodal: true).Read(-7, "20").Read(60, node);

        Assert.Equal(expected, Recist11.Assess(b.Build()).TimePoints[0].Target!.Response);
    }

    [Theory]
    [InlineData("9.9", MmResponse.Cr)]
    [InlineData("10", MmResponse.Pr)]
    [InlineData("22.4", MmResponse.Pr)]
    [InlineData("22.5", MmResponse.Sd)]
    public void The_mesenteric_mass_rule_has_the_same_exact_boundaries(string followUp, MmResponse expected)
    {
        Assert.Equal(expected, MesentericMassRule.Assess(MesentericMassRuleTests.Readings("32", followUp)).Response);
    }

    [Theory]
    [InlineData("30", MmResponse.Pd)]
    [InlineData("29.9", MmResponse.Sd)]
    public void The_mesenteric_mass_progresses_from_plus_5_mm_over_a_nadir_of_25(string followUp, MmResponse expected)
    {
        Assert.Equal(expected, MesentericMassRule.Assess(MesentericMassRuleTests.Readings("30", "25", followUp)).Response);
    }

    [Theory]
    [InlineData(3, 3, KrenningResponse.Stable)]
    [InlineData(3, 2, KrenningResponse.Response)]
    [InlineData(2, 3, KrenningResponse.Progression)]
    public void A_krenning_drop_of_0_grades_is_no_response_and_of_1_grade_is(int baseline, int post, KrenningResponse expected)
    {
        Assert.Equal(expected, KrenningScale.Assess(baseline, post).Response);
    }

    [Theory]
    [InlineData("15.00", MetabolicResponse.Smd)]   // -25 %
    [InlineData("14.98", MetabolicResponse.Pmr)]   // -25.1 %
    [InlineData("25.00", MetabolicResponse.Smd)]   // +25 %
    [InlineData("25.02", MetabolicResponse.Pmd)]   // +25.1 %
    public void Suvmax_minus_25_percent_is_stable_and_minus_25_1_is_a_partial_response(string post, MetabolicResponse expected)
    {
        Assert.Equal(expected, Eortc1999.Assess(20m, decimal.Parse(post, CultureInfo.InvariantCulture), cycles: 4).Response);
    }

    [Theory]
    [InlineData("17.0", 1, MetabolicResponse.Pmr)]   // -15 % after one cycle
    [InlineData("17.02", 1, MetabolicResponse.Smd)]  // -14.9 %
    [InlineData("17.0", 2, MetabolicResponse.Smd)]   // -15 % after two cycles
    public void After_a_single_cycle_a_fall_of_15_percent_suffices(string post, int cycles, MetabolicResponse expected)
    {
        Assert.Equal(expected, Eortc1999.Assess(20m, decimal.Parse(post, CultureInfo.InvariantCulture), cycles).Response);
    }

    [Theory]
    [InlineData("10.0", "7.0", MetabolicResponse.Pmr)]   // -30 %, -3 SUL
    [InlineData("10.0", "7.01", MetabolicResponse.Smd)]  // -29.9 %
    [InlineData("2.0", "1.2", MetabolicResponse.Pmr)]    // -40 %, -0.8 SUL
    [InlineData("2.0", "1.21", MetabolicResponse.Smd)]   // -39.5 %, -0.79 SUL
    [InlineData("10.0", "13.01", MetabolicResponse.Pmd)] // +30.1 %
    [InlineData("2.0", "2.79", MetabolicResponse.Smd)]   // +39.5 %, +0.79 SUL
    public void Percist_needs_30_percent_and_0_8_sul_on_each_side(string baseline, string post, MetabolicResponse expected)
    {
        var liver = new PercistLiver(1.0m, 0.2m);
        var verdict = Percist10.Assess(decimal.Parse(baseline, CultureInfo.InvariantCulture), liver,
            decimal.Parse(post, CultureInfo.InvariantCulture), liver);

        Assert.True(verdict.Response == expected, verdict.Explanation.Sentence);
    }

    [Theory]
    [InlineData("1.9", MetabolicResponse.Pmr)]
    [InlineData("1.89", MetabolicResponse.Ne)]
    public void Percist_measurability_is_1_5_times_the_liver_mean_plus_2_sd_inclusive(string baseline, MetabolicResponse expected)
    {
        var liver = new PercistLiver(1.0m, 0.2m);

        Assert.Equal(expected, Percist10.Assess(decimal.Parse(baseline, CultureInfo.InvariantCulture), liver, 1.05m, liver).Response);
    }
}
