using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Metabolic;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>
/// The Try… entry points: data a criterion cannot judge come back as a refusal carrying the very
/// message (and argument) the throwing entry point raises; good data come back as the value.
/// </summary>
public sealed class TryEntryPointTests
{
    private static void SameAsThrown<T>(Attempt<T> attempt, Func<object?> throwing, params string[] named)
    {
        var refusal = Assert.IsType<DataProblem>(attempt.Problem);
        var thrown = Assert.ThrowsAny<ArgumentException>(throwing);
        Assert.Equal(thrown.Plain(), refusal.Message);
        Assert.Equal(thrown.ParamName, refusal.Argument);
        foreach (var name in named)
            Assert.Contains(name, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_out_of_date_order_is_refused_with_the_message_and_a_good_one_gives_the_series()
    {
        var bad = new SeriesBuilder().Target("L1").Read(60, "30").Read(-7, "20");
        var good = new SeriesBuilder().Target("L1").Read(-7, "30").Read(60, "20");

        SameAsThrown(bad.TryBuild(), bad.Build, "R1 (2018-12-25)", "R0 (2019-03-02)");
        var series = good.TryBuild();
        Assert.True(series.Succeeded);
        Assert.Equal(2, series.Value.Reads.Count);
    }

    [Fact]
    public void Recist_refuses_a_target_recording_a_status_and_scores_a_measured_one()
    {
        var bad = new SeriesBuilder().Target("L1").Read(-7, "30").Read(60, "present").Build();
        var good = new SeriesBuilder().Target("L1").Read(-7, "30").Read(60, "20").Build();

        SameAsThrown(Recist11.TryAssess(bad), () => Recist11.Assess(bad), "Target lesion L1 at read R1", "non-target status present");
        var course = Recist11.TryAssess(good);
        Assert.True(course.Succeeded);
        Assert.Equal(OverallResponse.Pr, course.Value.Response);
    }

    [Fact]
    public void Recist_refuses_a_non_target_recording_a_diameter_at_a_follow_up_read()
    {
        var bad = new SeriesBuilder().Target("L1").NonTarget("N1").Read(-7, "30", "present").Read(60, "30", "12").Build();

        SameAsThrown(Recist11.TryAssess(bad), () => Recist11.Assess(bad), "Non-target lesion N1 at read R1");
    }

    [Fact]
    public void Recist_refuses_a_read_that_is_not_CT_or_MRI()
    {
        var pet = new SeriesBuilder(Modality.Pet68Ga).Target("L1").Read(-7, "30").Read(60, "20").Build();

        SameAsThrown(Recist11.TryAssess(pet), () => Recist11.Assess(pet), "RECIST 1.1 uses CT and MRI reads only");
    }

    [Fact]
    public void The_mass_rule_refuses_a_series_without_a_mass_and_judges_one_with_it()
    {
        var none = new SeriesBuilder().Target("L1").Read(-7, "30").Build();
        var mass = new SeriesBuilder().Mass("MM").Read(-7, "30").Read(90, "8").Build();

        SameAsThrown(MesentericMassRule.TryAssess(none), () => MesentericMassRule.Assess(none), "mesenteric mass");
        Assert.Equal(MmResponse.Cr, MesentericMassRule.TryAssess(mass).Value.Response);
    }

    [Fact]
    public void The_metabolic_criteria_refuse_a_pair_of_different_modalities()
    {
        var lesions = new SeriesBuilder().Target("L1").Lesions;
        var srs = new SeriesRead(new Read(new ReadId("S0"), SeriesBuilder.Patient, SeriesBuilder.FirstDose.AddDays(-7), Modality.Srs111In, Reader.Local), []);
        var pet = new SeriesRead(new Read(new ReadId("P1"), SeriesBuilder.Patient, SeriesBuilder.FirstDose.AddDays(90), Modality.Pet68Ga, Reader.Local), []);
        var pair = ReadSeries.Create(lesions, [srs, pet]);

        SameAsThrown(KrenningScale.TryAssess(pair), () => KrenningScale.Assess(pair), "different modalities");
        SameAsThrown(Eortc1999.TryAssess(pair, 4), () => Eortc1999.Assess(pair, 4), "PET");
    }

    [Fact]
    public void The_cga_rule_refuses_a_result_without_an_upper_limit_and_judges_a_good_pair()
    {
        var bad = new LabResult(SeriesBuilder.Patient, new DateOnly(2019, 1, 1), LabTest.Cga, 500m, 0m);
        var baseline = new LabResult(SeriesBuilder.Patient, new DateOnly(2019, 1, 1), LabTest.Cga, 500m, 100m);
        var post = new LabResult(SeriesBuilder.Patient, new DateOnly(2019, 9, 1), LabTest.Cga, 100m, 100m);

        SameAsThrown(ChromograninA.TryAssess(bad, null), () => ChromograninA.Assess(bad, null), "upper limit of normal");
        Assert.Equal(CgaResponse.Yes, ChromograninA.TryAssess(baseline, post).Value.Response);
    }

    [Fact]
    public void Reading_the_value_of_a_refused_attempt_is_a_programmer_error()
    {
        var refused = new SeriesBuilder().Target("L1").TryBuild();

        Assert.False(refused.Succeeded);
        Assert.Throws<InvalidOperationException>(() => refused.Value);
    }
}
