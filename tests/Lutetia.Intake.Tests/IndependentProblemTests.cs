namespace Lutetia.Intake.Tests;

/// <summary>
/// One run of the rule set reports every problem that does not depend on another (docs/intake.md,
/// "Problems that depend on others"): the contradictions a data manager enters across forms are all
/// listed at once, not one layer at a time.
/// </summary>
public sealed class IndependentProblemTests
{
    private static List<(string File, int? Row, string? Column, string Rule)> Errors(TestCohort cohort)
    {
        using var folder = new TemporaryFolder();
        return [.. cohort.Read(folder).Problems.Errors.Select(p => (p.File, p.Row, p.Column, p.Rule))];
    }

    [Fact]
    public void Five_contradictions_across_forms_are_reported_in_one_run()
    {
        var errors = Errors(new TestCohort()
            .Set("patients", 2, "birth_date", "2015-02-01")                                   // diagnosis before birth
            .Set("prrt_cycles", 5, "cycle", "5").Set("prrt_cycles", 5, "date", "2016-02-01") // cycle 5 before cycle 2
            .Set("lesions", 2, "site", "liver")                                               // the mesenteric mass on the liver
            .Set("complications", 2, "date", "2016-01-04")                                    // a complication before the first dose
            .Set("patients", 3, "death_date", "2017-03-15").Set("patients", 3, "last_news_date", "2019-12-01")); // P2 dies before cycle 2

        Assert.Equal(
        [
            ("prrt_cycles.csv", 5, "cycle", "cycle_sequence"),
            ("prrt_cycles.csv", 5, "date", "cycle_dates"),
            ("patients.csv", 2, "diagnosis_date", "chronology"),
            ("patients.csv", 3, "death_date", "death_date"),
            ("prrt_cycles.csv", 7, "date", "after_death"),
            ("reads.csv", 8, "exam_date", "after_death"),
            ("progression.csv", 2, "date", "after_death"),
            ("complications.csv", 2, "date", "complication_date"),
            ("lesions.csv", 2, "site", "mesenteric_mass"),
        ], errors);
    }

    [Fact]
    public void A_gap_in_the_cycle_numbers_does_not_hide_a_cycle_dated_before_an_earlier_one()
    {
        var errors = Errors(new TestCohort().Set("prrt_cycles", 3, "cycle", "5").Set("prrt_cycles", 4, "cycle", "2").Set("prrt_cycles", 5, "cycle", "6"));

        // Numbers 1, 2 (26 April), 5 (1 March), 6: one gap, and cycle 5 is dated before cycle 2.
        Assert.Equal([("prrt_cycles.csv", 3, "cycle", "cycle_sequence"), ("prrt_cycles.csv", 3, "date", "cycle_dates")], errors);
    }

    [Fact]
    public void A_gap_is_reported_once_however_many_numbers_follow_it()
    {
        var errors = Errors(new TestCohort().Set("prrt_cycles", 3, "cycle", "4").Set("prrt_cycles", 4, "cycle", "5").Set("prrt_cycles", 5, "cycle", "6"));

        Assert.Equal([("prrt_cycles.csv", 3, "cycle", "cycle_sequence")], errors);
    }

    [Fact]
    public void A_cycle_after_a_death_recorded_before_last_news_is_reported_against_the_death_in_words()
    {
        using var folder = new TemporaryFolder();
        var problems = new TestCohort()
            .Set("patients", 2, "death_date", "2016-05-01").Set("patients", 2, "death_cause", "unknown")
            .Read(folder).Problems.Errors;

        var late = Assert.Single(problems, p => p.Rule == "after_death" && p.File == "prrt_cycles.csv");
        Assert.Equal((5, "date", "2016-06-21"), (late.Row, late.Column, late.Value));
        Assert.Equal("the date is after patient P1's death (2016-05-01): nothing is recorded after a death", late.Message);
        Assert.Contains("correct the date of death", late.Hint, StringComparison.Ordinal);
        Assert.Contains(problems, p => p.Rule == "death_date" && p.Row == 2);
    }

    [Fact]
    public void A_date_after_both_the_death_and_last_news_is_reported_once_against_last_news()
    {
        var errors = Errors(new TestCohort().Set("progression", 2, "date", "2019-12-02"));

        Assert.Equal([("progression.csv", 2, "date", "after_last_news")], errors);
    }
}
