namespace Lutetia.Criteria.Tests.Psa;

/// <summary>
/// PCWG3 PSA progression: ≥ 25 % and ≥ 2 ng/mL over the nadir after a decline, over the baseline
/// after 12 weeks without one, confirmed ≥ 3 weeks later.
/// </summary>
public sealed class Pcwg3ProgressionTests
{
    [Theory]
    [InlineData("4", "5.99", false)]   // +49.8 % but +1.99 ng/mL
    [InlineData("4", "6", true)]       // +50 % and +2 ng/mL
    [InlineData("9", "11.24", false)]  // +24.9 % and +2.24 ng/mL
    [InlineData("9", "11.25", true)]   // +25 % and +2.25 ng/mL
    [InlineData("8", "9.99", false)]   // both limits are 10 ng/mL
    [InlineData("8", "10", true)]
    public void A_rise_over_the_nadir_needs_25_percent_and_2_ng_per_mL(string nadir, string rise, bool progression)
    {
        var verdict = Psa.Verdict("20", $"28:{nadir}", $"56:{rise}", $"77:{rise}");

        Assert.Equal(progression, verdict.Progression);
        Assert.Equal(progression ? Psa.FirstDose.AddDays(56) : null, verdict.ProgressionDate);
        Assert.Equal(progression ? 56 : 77, verdict.DaysToProgression);
    }

    [Fact]
    public void The_progression_sentence_names_the_rise_the_nadir_and_the_confirmation()
    {
        Assert.Equal("progression: 6 ng/mL on 2020-02-26 is +50 % and +2 ng/mL over the nadir 4 ng/mL, confirmed by 6.5 ng/mL on 2020-03-18",
            Psa.Verdict("20", "28:4", "56:6", "77:6.5").ProgressionExplanation.Sentence);
    }

    [Theory]
    [InlineData("56:13", "90:13", "111:13", 90)]  // the rise at day 56 is before 12 weeks: ignored
    [InlineData("83:13", "84:13", "105:13", 84)]  // day 84 counts
    [InlineData("84:12.49", "105:13", "126:13", 105)]
    public void Without_a_decline_rises_count_from_12_weeks_over_the_baseline(string a, string b, string c, int day)
    {
        var verdict = Psa.Verdict("10", a, b, c);

        Assert.True(verdict.Progression);
        Assert.Equal(Psa.FirstDose.AddDays(day), verdict.ProgressionDate);
    }

    [Fact]
    public void An_unconfirmed_rise_is_censored_at_the_last_PSA()
    {
        var verdict = Psa.Verdict("20", "28:4", "56:7");

        Assert.False(verdict.Progression);
        Assert.Equal(56, verdict.DaysToProgression);
        Assert.Equal("no progression: 7 ng/mL on 2020-02-26 is +75 % and +3 ng/mL over the nadir 4 ng/mL, not confirmed 21 days or more later; censored at day 56",
            verdict.ProgressionExplanation.Sentence);
    }

    [Fact]
    public void A_rise_that_falls_back_before_three_weeks_is_not_confirmed_and_the_nadir_moves()
    {
        // 4 → 7 (a rise) → 3 at day 63 (the run is lost, a new nadir) → 5.5 (+83 %, +2.5 ng/mL over 3) confirmed by 5.6.
        var verdict = Psa.Verdict("20", "28:4", "56:7", "63:3", "91:5.5", "112:5.6");

        Assert.Equal(Psa.FirstDose.AddDays(91), verdict.ProgressionDate);
    }

    [Fact]
    public void No_follow_up_is_censored_at_the_first_dose()
    {
        var verdict = Psa.Verdict("20");

        Assert.False(verdict.Progression);
        Assert.Equal(0, verdict.DaysToProgression);
        Assert.Null(verdict.MaximalChangePercent);
    }
}
