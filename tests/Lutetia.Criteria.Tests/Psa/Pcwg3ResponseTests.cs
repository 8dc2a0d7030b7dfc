namespace Lutetia.Criteria.Tests.Psa;

/// <summary>PCWG3 PSA response: a decline of ≥ 50 % from baseline confirmed by a second value ≥ 3 weeks later.</summary>
public sealed class Pcwg3ResponseTests
{
    [Theory]
    [InlineData("10", "28:5 49:4.8", true, 28)]           // exactly −50 %, confirmed 21 days later
    [InlineData("10", "28:5.01 49:4 70:4", true, 49)]     // −49.9 % does not start the run
    [InlineData("10", "28:5 48:4", false, 0)]             // 20 days later only
    [InlineData("10", "28:5 48:4 49:4.5", true, 28)]      // the value 21 days later confirms
    [InlineData("10", "28:5 35:6 56:4", false, 0)]        // lost at day 35; the new run is not confirmed
    [InlineData("0", "28:0 56:0", false, 0)]              // a baseline of 0 cannot decline
    public void A_decline_of_50_percent_must_hold_three_weeks(string baseline, string followUp, bool response, int day)
    {
        var verdict = Psa.Verdict(baseline, followUp.Split(' '));

        Assert.Equal(response, verdict.Response);
        Assert.Equal(response ? Psa.FirstDose.AddDays(day) : null, verdict.ResponseDate);
    }

    [Fact]
    public void The_response_sentence_names_both_values_and_the_delay()
    {
        var verdict = Psa.Verdict("10", "28:4.1", "56:3.8");

        Assert.Equal("response: 4.1 ng/mL on 2020-01-29 is -59 % from the baseline 10 ng/mL, confirmed by 3.8 ng/mL on 2020-02-26 (28 days later)",
            verdict.ResponseExplanation.Sentence);
    }

    [Fact]
    public void An_unconfirmed_decline_says_why()
    {
        Assert.Equal("no response: 4 ng/mL on 2020-01-29 is -60 % from the baseline 10 ng/mL, but 7 ng/mL on 2020-02-05 is above 5 ng/mL before 3 weeks",
            Psa.Verdict("10", "28:4", "35:7").ResponseExplanation.Sentence);
    }

    [Fact]
    public void Maximal_change_and_change_at_12_weeks_are_the_waterfall_bars()
    {
        var verdict = Psa.Verdict("20", "28:8", "56:5", "80:6", "90:7", "140:30");

        Assert.Equal(-75m, verdict.MaximalChangePercent);
        Assert.Equal(-70m, verdict.ChangeAt12WeeksPercent);   // day 80 is 4 days from day 84, day 90 is 6
        Assert.Equal(Psa.FirstDose.AddDays(80), verdict.Week12Date);
    }

    [Theory]
    [InlineData("70:6", -70.0)]   // 14 days before the landmark: inside the window
    [InlineData("98:6", -70.0)]
    [InlineData("69:6", null)]    // 15 days: outside
    [InlineData("99:6", null)]
    public void The_12_week_value_lies_within_14_days_of_day_84(string value, double? expected)
    {
        Assert.Equal(expected is null ? null : (decimal)expected, Psa.Verdict("20", value).ChangeAt12WeeksPercent);
    }

    [Fact]
    public void A_rise_only_gives_a_positive_maximal_change()
    {
        Assert.Equal(25m, Psa.Verdict("8", "28:12", "56:10").MaximalChangePercent);
    }
}
