using Lutetia.Criteria.Recist;

namespace Lutetia.Criteria.Tests;

/// <summary>The RECIST 1.1 worked vectors R1–R10 and R15 of response-criteria.md.</summary>
public sealed class RecistWorkedVectorTests
{
    private static RecistTimePoint Last(SeriesBuilder b) => Recist11.Assess(b.Build()).TimePoints[^1];

    [Theory]
    [InlineData("R1", "present", null, TargetResponse.Pr, OverallResponse.Pr)]
    [InlineData("R6", "present", "12", TargetResponse.Pr, OverallResponse.Pd)]
    [InlineData("R7", "up", null, TargetResponse.Pr, OverallResponse.Pd)]
    public void R1_R6_R7_partial_response_unless_a_new_lesion_or_non_target_progression(
        string vector, string nonTarget, string? newLesion, TargetResponse target, OverallResponse overall)
    {
        var b = new SeriesBuilder().Target("liver1").Target("liver2").Target("node", nodal: true).NonTarget("nt").New("new")
            .Read(-7, "30", "20", "18", "present", null)
            .Read(60, "20", "12", "11", nonTarget, newLesion);

        var tp = Last(b);

        Assert.True(tp.Target!.Response == target, vector);
        Assert.Equal(overall, tp.Overall);
        Assert.Equal(43m, tp.Target.SumMm);
        Assert.Equal(68m, tp.Target.BaselineSumMm);
        Assert.Equal(-36.8m, Math.Round(tp.Target.ChangeFromBaselinePercent!.Value, 1));
    }

    [Theory]
    [InlineData("35", TargetResponse.Pr)]
    [InlineData("35.5", TargetResponse.Sd)]
    public void R2_a_fall_of_exactly_30_percent_is_a_partial_response(string t1, TargetResponse expected)
    {
        var b = new SeriesBuilder().Target("L1").Read(-7, "50").Read(60, t1);

        Assert.Equal(expected, Last(b).Target!.Response);
    }

    [Theory]
    [InlineData("24", TargetResponse.Sd)]
    [InlineData("25", TargetResponse.Pd)]
    public void R3_progression_needs_5_mm_as_well_as_20_percent(string t1, TargetResponse expected)
    {
        var b = new SeriesBuilder().Target("L1").Read(-7, "20").Read(60, t1);

        Assert.Equal(expected, Last(b).Target!.Response);
    }

    [Theory]
    [InlineData(1, OverallResponse.Pr)]
    [InlineData(2, OverallResponse.Pd)]
    public void R4_progression_is_measured_from_the_nadir_not_the_baseline(int timePoint, OverallResponse expected)
    {
        var b = new SeriesBuilder().Target("L1").Target("L2").Read(-7, "60", "40").Read(60, "36", "24").Read(120, "42", "30");

        var course = Recist11.Assess(b.Build());

        Assert.Equal(expected, course.TimePoints[timePoint - 1].Overall);
        var t2 = course.TimePoints[1].Target!;
        Assert.Equal(60m, t2.NadirMm);
        Assert.Equal("PD: sum 72 mm is +20 % and +12 mm over the nadir 60 mm at 2019-03-02", t2.Explanation.Sentence);
        Assert.Equal(-28m, t2.ChangeFromBaselinePercent);
    }

    [Theory]
    [InlineData("8", TargetResponse.Cr, OverallResponse.Cr)]
    [InlineData("10", TargetResponse.Pr, OverallResponse.Pr)]
    public void R5_a_node_below_10_mm_counts_in_the_sum_but_allows_a_complete_response(
        string node, TargetResponse target, OverallResponse overall)
    {
        var b = new SeriesBuilder().Target("node", nodal: true).Target("liver").Read(-7, "16", "12").Read(60, node, "0");

        var tp = Last(b);

        Assert.Equal(target, tp.Target!.Response);
        Assert.Equal(overall, tp.Overall);
        Assert.NotEqual(0m, tp.Target.SumMm);
    }

    [Theory]
    [InlineData("30", "20", TargetResponse.Ne)]
    [InlineData("70", "50", TargetResponse.Pd)]
    public void R8_a_missing_target_is_not_evaluable_unless_the_others_already_progress(string a, string b2, TargetResponse expected)
    {
        var b = new SeriesBuilder().Target("L1").Target("L2").Target("L3").Read(-7, "40", "30", "20").Read(60, a, b2, null);

        var tp = Last(b);

        Assert.Equal(expected, tp.Target!.Response);
        Assert.Equal(["L3"], tp.Target.NotAssessed.Select(l => l.Value));
    }

    [Theory]
    [InlineData("absent", OverallResponse.Cr)]
    [InlineData("present", OverallResponse.NonCrNonPd)]
    public void R9_non_target_disease_only_has_its_own_path(string second, OverallResponse expected)
    {
        var b = new SeriesBuilder().NonTarget("nt1").NonTarget("nt2").Read(-7, "present", "present").Read(60, "absent", second);

        var course = Recist11.Assess(b.Build());

        Assert.False(course.HasTargets);
        Assert.Null(course.TimePoints[0].Target);
        Assert.Equal(expected, course.TimePoints[0].Overall);
    }

    [Fact]
    public void R10_a_lesion_too_small_to_measure_counts_5_mm_and_is_not_a_complete_response()
    {
        var b = new SeriesBuilder().Target("L1").Read(-7, "12").Read(60, "small");

        var tp = Last(b);

        Assert.Equal(TargetResponse.Pr, tp.Target!.Response);
        Assert.Equal(5m, tp.Target.SumMm);
        Assert.Equal(-58.3m, Math.Round(tp.Target.ChangeFromBaselinePercent!.Value, 1));
    }

    [Fact]
    public void R15_without_non_target_lesions_the_overall_response_is_the_target_response()
    {
        var b = new SeriesBuilder().Target("L1").Target("L2").Read(-7, "30", "20").Read(60, "15", "10");

        var tp = Last(b);

        Assert.Null(tp.NonTarget);
        Assert.Equal(OverallResponse.Pr, tp.Overall);
    }
}
