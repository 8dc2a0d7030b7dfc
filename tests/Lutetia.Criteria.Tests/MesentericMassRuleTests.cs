using System.Globalization;
using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>Worked vectors M1–M3 and the course rules of the MesenLuth mesenteric-mass rule.</summary>
public sealed class MesentericMassRuleTests
{
    internal static MmReading[] Readings(params string?[] values) =>
        values.Select((v, i) => new MmReading(new ReadId("R" + i), SeriesBuilder.FirstDose.AddDays(-7 + 60 * i),
            v is null ? null : decimal.Parse(v, CultureInfo.InvariantCulture))).ToArray();

    [Theory]
    [InlineData("M1", "32", "22", MmResponse.Pr)]
    [InlineData("M1", "32", "23", MmResponse.Sd)]
    [InlineData("M1", "32", "9", MmResponse.Cr)]
    [InlineData("M2", "25", "22,27", MmResponse.Pd)]
    [InlineData("M2", "25", "22,26", MmResponse.Sd)]
    [InlineData("M3", "40", "20,26", MmResponse.Pd)]
    public void Worked_vectors_M1_to_M3(string vector, string baseline, string followUps, MmResponse expected)
    {
        var course = MesentericMassRule.Assess(Readings([baseline, .. followUps.Split(',')]));

        Assert.True(course.Reads[^1].Response == expected, vector + ": " + course.Reads[^1].Explanation.Sentence);
        Assert.Equal(expected, course.Response);
    }

    [Fact]
    public void M2_progression_explains_itself_from_the_nadir()
    {
        var course = MesentericMassRule.Assess(Readings("25", "22", "27"));

        Assert.Equal("pd: short axis 27 mm is +22.7 % and +5 mm over the nadir 22 mm at 2019-02-23", course.Reads[1].Explanation.Sentence);
        Assert.Equal(8m, course.ChangePercent);
    }

    [Fact]
    public void M1_change_from_baseline_is_minus_31_point_3_percent()
    {
        var course = MesentericMassRule.Assess(Readings("32", "22"));

        Assert.Equal(-31.25m, course.ChangePercent);
        Assert.True(course.IsResponder);
    }

    [Fact]
    public void Once_progression_is_met_a_later_smaller_mass_does_not_undo_it()
    {
        var course = MesentericMassRule.Assess(Readings("30", "20", "26", "12"));

        Assert.Equal(MmResponse.Pd, course.Response);
        Assert.Equal(MmResponse.Pr, course.Reads[^1].Response);
        Assert.Equal("R2", course.FirstProgression!.Read.Value);
    }

    [Fact]
    public void A_mass_not_measured_at_the_post_exam_is_not_evaluable()
    {
        var course = MesentericMassRule.Assess(Readings("30", "20", null));

        Assert.Equal(MmResponse.Ne, course.Response);
        Assert.Null(course.ChangePercent);
    }

    [Fact]
    public void The_nadir_skips_reads_where_the_mass_was_not_measured()
    {
        var course = MesentericMassRule.Assess(Readings("30", "25", null, "30"));

        Assert.Equal(MmResponse.Pd, course.Response);
        Assert.Equal(25m, course.Reads[^1].NadirMm);
    }

    [Fact]
    public void The_rule_differs_from_patient_level_recist_where_the_mass_is_one_target_of_several()
    {
        // MM 30 → 20 (-33 %, pr) while a liver target grows 40 → 44: the sum 70 → 64 is only -8.6 %.
        var series = new SeriesBuilder().Mass().Target("liver").Read(-7, "30", "40").Read(90, "20", "44").Build();

        Assert.Equal(MmResponse.Pr, MesentericMassRule.Assess(series).Response);
        Assert.Equal(OverallResponse.Sd, Recist11.Assess(series).Response);
    }

    [Fact]
    public void A_mass_too_small_to_measure_counts_5_mm_and_is_a_complete_response()
    {
        var series = new SeriesBuilder().Mass().Read(-7, "30").Read(90, "small").Build();

        var course = MesentericMassRule.Assess(series);

        Assert.Equal(MmResponse.Cr, course.Response);
        Assert.Equal(5m, course.Reads[0].ShortAxisMm);
    }

    [Fact]
    public void A_series_without_a_mesenteric_mass_is_refused()
    {
        var series = new SeriesBuilder().Target("L1").Read(-7, "30").Build();

        var e = Assert.Throws<ArgumentException>(() => MesentericMassRule.Assess(series));
        Assert.Contains("mesenteric mass", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mass_not_measured_at_baseline_is_refused_naming_lesion_and_read()
    {
        var series = new SeriesBuilder().Mass("MM7").Read(-7, [null]).Read(90, "20").Build();

        var e = Assert.Throws<ArgumentException>(() => MesentericMassRule.Assess(series));
        Assert.Contains("MM7", e.Message, StringComparison.Ordinal);
        Assert.Contains("R0", e.Message, StringComparison.Ordinal);
    }
}
