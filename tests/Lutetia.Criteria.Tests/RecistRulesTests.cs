using Lutetia.Criteria.Recist;

namespace Lutetia.Criteria.Tests;

/// <summary>RECIST 1.1 rules beyond the worked vectors: table 1, sticky PD, split and merged lesions.</summary>
public sealed class RecistRulesTests
{
    [Theory]
    [InlineData("0", "absent", OverallResponse.Cr)]
    [InlineData("0", "present", OverallResponse.Pr)]
    [InlineData("0", null, OverallResponse.Pr)]
    [InlineData("15", null, OverallResponse.Pr)]
    [InlineData("25", "present", OverallResponse.Sd)]
    [InlineData("25", null, OverallResponse.Sd)]
    [InlineData("40", "absent", OverallResponse.Pd)]
    [InlineData("0", "up", OverallResponse.Pd)]
    public void Table_1_combines_target_and_non_target_responses(string target, string? nonTarget, OverallResponse expected)
    {
        var b = new SeriesBuilder().Target("L1").NonTarget("NT").Read(-7, "30", "present").Read(60, target, nonTarget);

        Assert.Equal(expected, Recist11.Assess(b.Build()).TimePoints[0].Overall);
    }

    [Theory]
    [InlineData("absent", OverallResponse.Ne)]
    [InlineData("up", OverallResponse.Pd)]
    public void An_unassessed_target_is_not_evaluable_unless_a_non_target_progresses(string nonTarget, OverallResponse expected)
    {
        var b = new SeriesBuilder().Target("L1").NonTarget("NT").Read(-7, "30", "present").Read(60, null, nonTarget);

        Assert.Equal(expected, Recist11.Assess(b.Build()).TimePoints[0].Overall);
    }

    [Theory]
    [InlineData("up", OverallResponse.Pd)]
    [InlineData(null, OverallResponse.Ne)]
    public void Non_measurable_disease_alone_maps_non_target_responses(string? status, OverallResponse expected)
    {
        var b = new SeriesBuilder().NonTarget("NT").Read(-7, "present").Read(60, status);

        Assert.Equal(expected, Recist11.Assess(b.Build()).TimePoints[0].Overall);
    }

    [Fact]
    public void A_time_point_after_progression_stays_progression_and_says_so()
    {
        var b = new SeriesBuilder().Target("L1").Read(-7, "30").Read(60, "40").Read(120, "10");

        var course = Recist11.Assess(b.Build());

        Assert.Equal(OverallResponse.Pd, course.Response);
        Assert.Equal(TargetResponse.Pr, course.TimePoints[1].Target!.Response);
        Assert.StartsWith("PD: progression at 2019-03-02 stands", course.TimePoints[1].Explanation.Sentence, StringComparison.Ordinal);
        Assert.Equal("R1", course.FirstProgression!.Read.Value);
    }

    [Fact]
    public void A_split_lesion_carries_the_sum_of_its_fragments()
    {
        // Data-entry rule: L1 split into fragments of 10 and 8 mm, recorded as 18 on L1.
        var b = new SeriesBuilder().Target("L1").Target("L2").Read(-7, "30", "20").Read(60, "18", "15");

        var tp = Recist11.Assess(b.Build()).TimePoints[0];

        Assert.Equal(33m, tp.Target!.SumMm);
        Assert.Equal(OverallResponse.Pr, tp.Overall);
    }

    [Fact]
    public void Merged_lesions_carry_the_merged_diameter_on_one_and_0_on_the_other_and_are_not_a_complete_response()
    {
        var b = new SeriesBuilder().Target("L1").Target("L2").Read(-7, "20", "15").Read(60, "30", "0");

        var tp = Recist11.Assess(b.Build()).TimePoints[0];

        Assert.Equal(30m, tp.Target!.SumMm);
        Assert.Equal(TargetResponse.Sd, tp.Target.Response);
    }

    [Fact]
    public void The_nadir_ignores_reads_with_a_target_not_assessed()
    {
        var b = new SeriesBuilder().Target("L1").Target("L2").Read(-7, "30", "20").Read(60, "10", null).Read(120, "25", "20");

        var tp = Recist11.Assess(b.Build()).TimePoints[1];

        Assert.Equal(50m, tp.Target!.NadirMm);
        Assert.Equal(TargetResponse.Sd, tp.Target.Response);
    }

    [Fact]
    public void A_node_is_kept_in_the_sum_below_10_mm_and_regrowth_over_the_nadir_is_progression()
    {
        var b = new SeriesBuilder().Target("N1", nodal: true).Target("L1").Read(-7, "20", "30").Read(60, "8", "12").Read(120, "9", "17");

        var course = Recist11.Assess(b.Build());

        Assert.Equal(20m, course.TimePoints[0].Target!.SumMm);
        Assert.Equal(OverallResponse.Pd, course.TimePoints[1].Overall);
    }

    [Fact]
    public void A_new_lesion_recorded_absent_or_0_mm_is_not_seen()
    {
        var b = new SeriesBuilder().Target("L1").New("W1").New("W2").Read(-7, "30", null, null).Read(60, "20", "absent", "0");

        Assert.Equal(OverallResponse.Pr, Recist11.Assess(b.Build()).TimePoints[0].Overall);
    }

    [Fact]
    public void Without_any_baseline_lesion_only_a_new_lesion_decides()
    {
        var b = new SeriesBuilder().New("W1").Read(-7, [null]).Read(60, [null]).Read(120, "small");

        var course = Recist11.Assess(b.Build());

        Assert.Equal(OverallResponse.Ne, course.TimePoints[0].Overall);
        Assert.Equal(OverallResponse.Pd, course.TimePoints[1].Overall);
    }

    [Fact]
    public void Targets_below_the_measurable_size_are_used_as_recorded_and_reported()
    {
        var b = new SeriesBuilder().Target("L1").Target("N1", nodal: true).Target("N2", nodal: true).Read(-7, "9.9", "14.9", "15").Read(60, "9", "14", "15");

        var course = Recist11.Assess(b.Build());

        Assert.Equal(["L1", "N1"], course.TargetsBelowMeasurableSize.Select(l => l.Value));
        Assert.Equal(39.8m, course.BaselineSumMm);
    }

    [Fact]
    public void Every_verdict_names_its_criterion_and_the_rule_that_decided()
    {
        var b = new SeriesBuilder().Target("L1").Read(-7, "30").Read(60, "20").Read(120, "26");

        var tp = Recist11.Assess(b.Build()).TimePoints[1];

        Assert.Equal("RECIST 1.1", tp.Explanation.Criterion);
        Assert.Equal("§4.3.1 PD: +20 % and +5 mm over the nadir", tp.Explanation.Rule);
        Assert.Equal(-13.3m, Math.Round(tp.Target!.ChangeFromBaselinePercent!.Value, 1));
        Assert.Equal(30m, tp.Target.ChangeFromNadirPercent);
        Assert.Equal("R1", tp.Target.NadirRead!.Value.Value);
    }

    [Fact]
    public void A_whole_course_gives_a_confirmed_partial_response_only_with_a_second_read_28_days_later()
    {
        var b = new SeriesBuilder().Target("L1").Read(-7, "50").Read(60, "30").Read(80, "30").Read(110, "31");
        var course = Recist11.Assess(b.Build());
        var confirmed = new RecistParameters { Mode = BestResponseMode.Confirmed };

        var verdict = BestOverallResponse.Assess(course, SeriesBuilder.FirstDose, confirmed);

        Assert.Equal(OverallResponse.Pr, verdict.Response);
        Assert.Equal("R1", verdict.DecidingRead!.Value.Value);
        Assert.Equal("R3", verdict.ConfirmingRead!.Value.Value);
    }
}
