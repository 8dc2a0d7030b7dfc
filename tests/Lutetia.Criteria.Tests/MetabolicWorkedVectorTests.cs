using System.Globalization;
using Lutetia.Criteria.Metabolic;
using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>Worked vectors K1, E1 and P1 of response-criteria.md.</summary>
public sealed class MetabolicWorkedVectorTests
{
    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(4, 3, KrenningResponse.Response)]
    [InlineData(4, 4, KrenningResponse.Stable)]
    [InlineData(3, 4, KrenningResponse.Progression)]
    public void K1_a_drop_of_one_krenning_grade_is_a_response(int baseline, int post, KrenningResponse expected)
    {
        Assert.Equal(expected, KrenningScale.Assess(baseline, post).Response);
    }

    [Theory]
    [InlineData("20.0", "14.9", 4, MetabolicResponse.Pmr)]
    [InlineData("20.0", "15.0", 4, MetabolicResponse.Smd)]
    [InlineData("20.0", "25.1", 4, MetabolicResponse.Pmd)]
    [InlineData("20.0", "25.0", 4, MetabolicResponse.Smd)]
    [InlineData("20.0", "17.0", 1, MetabolicResponse.Pmr)]
    [InlineData("20.0", "17.1", 1, MetabolicResponse.Smd)]
    [InlineData("20.0", "0", 4, MetabolicResponse.Cmr)]
    public void E1_eortc_thresholds_after_one_cycle_and_after_more(string baseline, string post, int cycles, MetabolicResponse expected)
    {
        var verdict = Eortc1999.Assess(D(baseline), D(post), cycles);

        Assert.True(verdict.Response == expected, verdict.Explanation.Sentence);
        Assert.Equal(expected is MetabolicResponse.Pmr or MetabolicResponse.Cmr, verdict.IsResponder);
    }

    [Fact]
    public void E1_explains_the_fall_and_the_threshold()
    {
        Assert.Equal("PMR: SUVmax 20 → 14.9 (-25.5 %) after 4 cycles, a fall of more than 25 % after more than one cycle",
            Eortc1999.Assess(20.0m, 14.9m, 4).Explanation.Sentence);
    }

    [Theory]
    [InlineData("10.0", "6.9", MetabolicResponse.Pmr)]
    [InlineData("2.0", "1.3", MetabolicResponse.Smd)]
    [InlineData("2.0", "1.0", MetabolicResponse.Cmr)]
    [InlineData("1.8", "1.3", MetabolicResponse.Ne)]
    [InlineData("10.0", "13.1", MetabolicResponse.Pmd)]
    [InlineData("10.0", "13.0", MetabolicResponse.Smd)]
    [InlineData("2.0", "2.7", MetabolicResponse.Smd)]
    public void P1_percist_needs_30_percent_and_0_8_sul_units(string baseline, string post, MetabolicResponse expected)
    {
        var liver = new PercistLiver(1.0m, 0.2m);

        var verdict = Percist10.Assess(D(baseline), liver, D(post), liver);

        Assert.True(verdict.Response == expected, verdict.Explanation.Sentence);
        Assert.Equal(1.9m, verdict.MeasurableFromSul);
    }

    [Fact]
    public void Percist_compares_the_hottest_lesion_at_each_read_even_when_it_is_another_lesion()
    {
        var lesions = new[] { Lesion("A"), Lesion("B") };
        var b = Read("b", -7, 1.0m, 0.2m, Row("b", "A", sul: 10.0m), Row("b", "B", sul: 4.0m));
        var p = Read("p", 120, 1.0m, 0.2m, Row("p", "A", sul: 3.0m), Row("p", "B", sul: 6.9m));

        var verdict = Percist10.Assess(ReadSeries.Create(lesions, [b, p]));

        Assert.Equal(MetabolicResponse.Pmr, verdict.Response);
        Assert.Equal("A", verdict.BaselineLesion!.Value.Value);
        Assert.Equal("B", verdict.PostLesion!.Value.Value);
    }

    [Fact]
    public void Eortc_on_a_group_sums_suvmax_of_the_lesions_present_at_baseline_and_a_new_lesion_is_progression()
    {
        var lesions = new[] { Lesion("A"), Lesion("B"), Lesion("N", LesionRole.New) };
        var b = Read("b", -7, null, null, Row("b", "A", suv: 12m), Row("b", "B", suv: 8m));
        var quiet = Read("p", 120, null, null, Row("p", "A", suv: 0m), Row("p", "B", suv: 16m), Row("p", "N", suv: 0m));
        var loud = Read("p", 120, null, null, Row("p", "A", suv: 0m), Row("p", "B", suv: 16m), Row("p", "N", suv: 3m));

        var verdict = Eortc1999.Assess(ReadSeries.Create(lesions, [b, quiet]), cycles: 4);
        Assert.Equal(MetabolicResponse.Smd, verdict.Response);
        Assert.Equal(20m, verdict.BaselineSuvMax);
        Assert.Equal(16m, verdict.PostSuvMax);
        Assert.Equal(MetabolicResponse.Pmd, Eortc1999.Assess(ReadSeries.Create(lesions, [b, loud]), cycles: 4).Response);
    }

    [Fact]
    public void Krenning_on_a_group_compares_the_highest_grade_and_a_lesion_ungraded_at_post_is_not_evaluable()
    {
        var lesions = new[] { Lesion("A"), Lesion("B") };
        var b = Read("b", -7, null, null, Row("b", "A", krenning: 4), Row("b", "B", krenning: 2));
        var graded = Read("p", 120, null, null, Row("p", "A", krenning: 3), Row("p", "B", krenning: 3));
        var partial = Read("p", 120, null, null, Row("p", "A", krenning: 2));

        Assert.Equal(KrenningResponse.Response, KrenningScale.Assess(ReadSeries.Create(lesions, [b, graded])).Response);
        var ne = KrenningScale.Assess(ReadSeries.Create(lesions, [b, partial]));
        Assert.Equal(KrenningResponse.Ne, ne.Response);
        Assert.Contains("B", ne.Explanation.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Metabolic_criteria_refuse_a_ct_read_or_a_modality_change()
    {
        var lesions = new[] { Lesion("A") };
        var ct = new SeriesRead(new Read(new ReadId("c"), SeriesBuilder.Patient, SeriesBuilder.FirstDose, Modality.Ct, Reader.Local), []);
        var pet = Read("p", 120, null, null, Row("p", "A", suv: 3m));
        var srs = new SeriesRead(new Read(new ReadId("s"), SeriesBuilder.Patient, SeriesBuilder.FirstDose.AddDays(-7), Modality.Srs111In, Reader.Local), []);

        Assert.Throws<ArgumentException>(() => Eortc1999.Assess(ReadSeries.Create(lesions, [ct, pet]), 4));
        Assert.Throws<ArgumentException>(() => KrenningScale.Assess(ReadSeries.Create(lesions, [srs, pet])));
    }

    internal static Lesion Lesion(string id, LesionRole role = LesionRole.Target) =>
        new(SeriesBuilder.Patient, new LesionId(id), LesionSite.Liver, false, false, role);

    internal static SeriesRead Read(string id, int day, decimal? liverMean, decimal? liverSd, params Measurement[] rows) =>
        new(new Read(new ReadId(id), SeriesBuilder.Patient, SeriesBuilder.FirstDose.AddDays(day), Modality.Pet68Ga, Reader.Local, liverMean, liverSd), rows);

    internal static Measurement Row(string read, string lesion, decimal? suv = null, decimal? sul = null, int? krenning = null) =>
        new() { Read = new ReadId(read), Lesion = new LesionId(lesion), SuvMax = suv, SulPeak = sul, Krenning = krenning };
}
