using Lutetia.Criteria.Metabolic;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;
using static Lutetia.Criteria.Tests.MetabolicWorkedVectorTests;

namespace Lutetia.Criteria.Tests;

/// <summary>
/// A target without a diameter at the baseline read leaves no baseline sum, so no target response:
/// the time point is evaluated with what can be evaluated, and new lesions and non-target
/// progression still make it PD (response-criteria.md, overall response).
/// </summary>
public sealed class BaselineGapTests
{
    // L1, L2 targets; N1 non-target; W1 new. Baseline: L2 not measured.
    private static SeriesBuilder Gap() => new SeriesBuilder().Target("L1").Target("L2").NonTarget("N1").New("W1")
        .Read(-7, "30", null, "present", null);

    [Fact]
    public void A_target_not_measured_at_baseline_makes_the_target_response_ne_at_every_read_naming_it()
    {
        var course = Recist11.Assess(Gap().Read(60, "12", "10", "present", null).Read(120, "40", "30", "present", null).Build());

        Assert.Null(course.BaselineSumMm);
        Assert.Equal(["L2"], course.TargetsNotMeasuredAtBaseline.Select(l => l.Value));
        Assert.All(course.TimePoints, tp =>
        {
            Assert.Equal(TargetResponse.Ne, tp.Target!.Response);
            Assert.Equal(OverallResponse.Ne, tp.Overall);
            Assert.Null(tp.Target.BaselineSumMm);
            Assert.Null(tp.Target.NadirMm);
            Assert.Null(tp.Target.ChangeFromBaselinePercent);
            Assert.Equal(["L2"], tp.Target.NotMeasuredAtBaseline.Select(l => l.Value));
        });
        Assert.Equal(70m, course.TimePoints[1].Target!.SumMm);
        Assert.Equal(
            "NE: target L2 is not measured at the baseline read R0 (2018-12-25), so the baseline sum and the target response cannot be formed; " +
            "non-targets non-CR/non-PD, no new lesion",
            course.TimePoints[0].Explanation.Sentence);
    }

    [Fact]
    public void A_new_lesion_after_a_baseline_without_a_target_is_progression_and_says_which_target_was_missing()
    {
        var course = Recist11.Assess(Gap().Read(60, "28", "10", "present", null).Read(120, "29", "11", "present", "20").Build());

        Assert.Equal(OverallResponse.Ne, course.TimePoints[0].Overall);
        var pd = course.TimePoints[1];
        Assert.Equal(OverallResponse.Pd, pd.Overall);
        Assert.Same(pd, course.FirstProgression);
        Assert.Equal(
            "PD: new lesion W1 seen at 2019-05-01; targets NE: target L2 is not measured at the baseline read R0 (2018-12-25), " +
            "so the baseline sum and the target response cannot be formed",
            pd.Explanation.Sentence);
        Assert.Equal(OverallResponse.Pd, course.Response);
    }

    [Fact]
    public void Unequivocal_non_target_progression_after_a_baseline_without_a_target_is_progression()
    {
        var course = Recist11.Assess(Gap().Read(60, "28", "10", "up", null).Build());

        var pd = Assert.Single(course.TimePoints);
        Assert.Equal(OverallResponse.Pd, pd.Overall);
        Assert.StartsWith("PD: non-target N1 in unequivocal progression; targets NE: target L2 is not measured at the baseline read R0", pd.Explanation.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_at_0_mm_at_baseline_leaves_no_baseline_sum_either_and_a_new_lesion_still_decides()
    {
        var course = Recist11.Assess(new SeriesBuilder().Target("L1").Target("L2").New("W1")
            .Read(-7, "30", "0", null).Read(60, "30", "0", "small").Build());

        var pd = Assert.Single(course.TimePoints);
        Assert.Null(course.BaselineSumMm);
        Assert.Equal(OverallResponse.Pd, pd.Overall);
        Assert.Contains("target L2 measures 0 mm at the baseline read R0", pd.Explanation.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_and_non_targets_gone_after_a_baseline_without_a_target_is_ne_not_cr()
    {
        var course = Recist11.Assess(Gap().Read(60, "0", "0", "absent", null).Build());

        Assert.Equal(OverallResponse.Ne, Assert.Single(course.TimePoints).Overall);
    }

    [Fact]
    public void Best_overall_response_after_a_baseline_without_a_target_is_the_progression_a_new_lesion_shows()
    {
        var course = Recist11.Assess(Gap().Read(60, "12", "10", "present", null).Read(120, "12", "10", "present", "8").Build());

        foreach (var mode in Enum.GetValues<BestResponseMode>())
        {
            var best = BestOverallResponse.Assess(course, SeriesBuilder.FirstDose, new RecistParameters { Mode = mode });
            Assert.Equal(OverallResponse.Pd, best.Response);
            Assert.Equal("R2", best.DecidingRead!.Value.Value);
        }
    }

    [Fact]
    public void The_metabolic_criteria_let_a_new_lesion_decide_progression_when_the_followed_lesion_has_no_baseline_value()
    {
        var lesions = new[] { Lesion("A"), Lesion("N", LesionRole.New) };
        var b = Read("b", -7, 1.0m, 0.2m, Row("b", "A"));
        var p = Read("p", 120, 1.0m, 0.2m, Row("p", "A", suv: 9m, sul: 8m, krenning: 3), Row("p", "N", suv: 6m, sul: 5m, krenning: 2));
        var pair = ReadSeries.Create(lesions, [b, p]);

        Assert.Equal(KrenningResponse.Progression, KrenningScale.Assess(pair).Response);
        Assert.Equal(MetabolicResponse.Pmd, Eortc1999.Assess(pair, cycles: 4).Response);
        Assert.Equal(MetabolicResponse.Pmd, Percist10.Assess(pair).Response);
    }
}
