using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Metabolic;
using Lutetia.Criteria.Psa;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>
/// The rule label of an explanation names the thresholds in force: the published values by
/// default, the protocol's own when it overrides them (report.html and the analysis page print it).
/// </summary>
public sealed class RuleLabelTests
{
    private static string TargetRule(RecistParameters? p, string baseline, string post) =>
        Recist11.Assess(new SeriesBuilder().Target("L1").Read(-7, baseline).Read(60, post).Build(), p)
            .TimePoints[0].Target!.Explanation.Rule;

    private static string NodeRule(RecistParameters? p, string post) =>
        Recist11.Assess(new SeriesBuilder().Target("N1", nodal: true).Read(-7, "20").Read(60, post).Build(), p)
            .TimePoints[0].Target!.Explanation.Rule;

    private static string MmRule(MmParameters? p, params string[] mm) =>
        MesentericMassRule.Assess(MesentericMassRuleTests.Readings(mm), p).Reads[^1].Explanation.Rule;

    [Fact]
    public void Recist_target_labels_print_the_published_thresholds_by_default()
    {
        Assert.Equal("§4.3.1 PR: -30 % from baseline", TargetRule(null, "30", "20"));
        Assert.Equal("§4.3.1 PD: +20 % and +5 mm over the nadir", TargetRule(null, "30", "40"));
        Assert.Equal("§4.3.1 CR: non-nodal targets gone, nodes < 10 mm", NodeRule(null, "9"));
    }

    [Fact]
    public void Recist_target_labels_print_overridden_thresholds()
    {
        var p = new RecistParameters { PartialResponseFraction = 0.25m, ProgressionFraction = 0.3m, ProgressionMinimumMm = 8m, NormalNodeShortAxisMm = 12.5m };

        Assert.Equal("§4.3.1 PR: -25 % from baseline", TargetRule(p, "30", "22"));
        Assert.Equal("§4.3.1 PD: +30 % and +8 mm over the nadir", TargetRule(p, "30", "40"));
        Assert.Equal("§4.3.1 CR: non-nodal targets gone, nodes < 12.5 mm", NodeRule(p, "12"));
    }

    [Fact]
    public void Mesenteric_mass_labels_print_the_thresholds_in_force()
    {
        Assert.Equal("pr: -30 % from baseline", MmRule(null, "32", "22"));
        Assert.Equal("pd: +20 % and +5 mm over the nadir", MmRule(null, "25", "22", "27"));
        Assert.Equal("cr: short axis < 10 mm", MmRule(null, "32", "9"));

        var p = new MmParameters { PartialResponseFraction = 0.275m, ProgressionFraction = 0.1m, ProgressionMinimumMm = 2m, NormalShortAxisMm = 15m };
        Assert.Equal("pr: -27.5 % from baseline", MmRule(p, "40", "29"));
        Assert.Equal("pd: +10 % and +2 mm over the nadir", MmRule(p, "25", "22", "25"));
        Assert.Equal("cr: short axis < 15 mm", MmRule(p, "32", "14"));
    }

    [Fact]
    public void Eortc_labels_print_the_thresholds_in_force()
    {
        Assert.Equal("PMR: fall > 25 %", Eortc1999.Assess(20m, 14m, 4).Explanation.Rule);
        Assert.Equal("PMR: fall ≥ 15 % after one cycle", Eortc1999.Assess(20m, 17m, 1).Explanation.Rule);
        Assert.Equal("PMD: rise > 25 %", Eortc1999.Assess(20m, 26m, 4).Explanation.Rule);

        var p = new EortcParameters { ResponseFraction = 0.2m, ResponseFractionAfterOneCycle = 0.1m, ProgressionFraction = 0.35m };
        Assert.Equal("PMR: fall > 20 %", Eortc1999.Assess(20m, 15.5m, 4, parameters: p).Explanation.Rule);
        Assert.Equal("PMR: fall ≥ 10 % after one cycle", Eortc1999.Assess(20m, 18m, 1, parameters: p).Explanation.Rule);
        Assert.Equal("PMD: rise > 35 %", Eortc1999.Assess(20m, 28m, 4, parameters: p).Explanation.Rule);
    }

    [Fact]
    public void Percist_labels_and_the_measurability_sentence_print_the_thresholds_in_force()
    {
        var liver = new PercistLiver(1.0m, 0.2m);
        Assert.Equal("PMR: ≥ -30 % and ≥ 0.8 SUL", Percist10.Assess(6m, liver, 4m, liver).Explanation.Rule);
        Assert.Equal("PMD: > +30 % and ≥ +0.8 SUL", Percist10.Assess(4m, liver, 6m, liver).Explanation.Rule);

        var p = new PercistParameters { ResponseFraction = 0.2m, ProgressionFraction = 0.4m, MinimumChangeSul = 1m, MeasurableLiverMeanFactor = 2m, MeasurableLiverSdFactor = 3m };
        Assert.Equal("PMR: ≥ -20 % and ≥ 1 SUL", Percist10.Assess(6m, liver, 4.5m, liver, parameters: p).Explanation.Rule);
        Assert.Equal("PMD: > +40 % and ≥ +1 SUL", Percist10.Assess(4m, liver, 6m, liver, parameters: p).Explanation.Rule);
        Assert.EndsWith("(2 × liver mean + 3 × SD)", Percist10.Assess(2.5m, liver, 2m, liver, parameters: p).Explanation.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Krenning_stable_label_says_what_stable_means_under_the_thresholds_in_force()
    {
        Assert.Equal("no change of grade", KrenningScale.Assess(3, 3).Explanation.Rule);

        var verdict = KrenningScale.Assess(3, 2, parameters: new KrenningParameters { ResponseDropGrades = 2 });
        Assert.Equal(KrenningResponse.Stable, verdict.Response);
        Assert.Equal("neither a drop ≥ 2 nor a rise ≥ 1", verdict.Explanation.Rule);
    }

    [Fact]
    public void Symptom_partial_response_label_prints_the_improvement_in_force()
    {
        var baseline = new[] { new SymptomAssessment(SeriesBuilder.Patient, new DateOnly(2019, 1, 1), SymptomDomain.Mm, Symptom.AbdominalPain, 6m, null) };
        var evaluation = new[] { baseline[0] with { Date = new DateOnly(2019, 9, 1), Intensity = 4m } };

        Assert.Equal(ClinicalResponse.Stable, SymptomResponse.Assess(baseline, evaluation).Response);
        var verdict = SymptomResponse.Assess(baseline, evaluation, new ClinicalParameters { ImprovedFraction = 0.3m });
        Assert.Equal("partial: a symptom improved by ≥ 30 %", verdict.Explanation.Rule);
        Assert.Equal("partial: a symptom improved by ≥ 50 %",
            SymptomResponse.Assess(baseline, [evaluation[0] with { Intensity = 3m }]).Explanation.Rule);
    }

    [Fact]
    public void Chromogranin_a_labels_print_the_response_level_in_force()
    {
        static LabResult Cga(int month, decimal value) => new(SeriesBuilder.Patient, new DateOnly(2019, month, 1), LabTest.Cga, value, 100m);

        Assert.Equal("yes: ratio ≤ half the baseline", ChromograninA.Assess(Cga(1, 500m), Cga(9, 250m)).Explanation.Rule);
        Assert.Equal("no: ratio above half the baseline", ChromograninA.Assess(Cga(1, 500m), Cga(9, 300m)).Explanation.Rule);

        var p = new CgaParameters { ResponseFraction = 0.4m };
        Assert.Equal("yes: ratio ≤ 0.6 × the baseline", ChromograninA.Assess(Cga(1, 500m), Cga(9, 300m), p).Explanation.Rule);
        Assert.Equal("no: ratio above 0.6 × the baseline", ChromograninA.Assess(Cga(1, 500m), Cga(9, 310m), p).Explanation.Rule);
    }

    [Fact]
    public void Psa_labels_print_the_decline_and_the_durations_in_force()
    {
        var course = Psa.Psa.Course("10", "28:5", "49:4.8");
        Assert.Equal("response: decline confirmed ≥ 3 weeks later", Pcwg3.Assess(course).Verdict!.ResponseExplanation.Rule);
        Assert.Equal("no response: no decline of 50 %", Pcwg3.Assess(Psa.Psa.Course("10", "28:6", "49:6")).Verdict!.ResponseExplanation.Rule);

        var p = new Pcwg3Parameters { ConfirmationDays = 20, ResponseDeclinePercent = 30m, NoDeclineWaitDays = 56 };
        Assert.Equal("response: decline confirmed ≥ 20 days later", Pcwg3.Assess(course, p).Verdict!.ResponseExplanation.Rule);
        Assert.Equal("no response: no decline of 30 %", Pcwg3.Assess(Psa.Psa.Course("10", "28:8", "49:8"), p).Verdict!.ResponseExplanation.Rule);
        Assert.Equal("progression: rise over the baseline after 8 weeks, confirmed",
            Pcwg3.Assess(Psa.Psa.Course("10", "60:14", "84:15"), p).Verdict!.ProgressionExplanation.Rule);
    }
}
