using Lutetia.Criteria.Recist;
using static Lutetia.Criteria.Recist.OverallResponse;

namespace Lutetia.Criteria.Tests;

/// <summary>
/// The best-response options: a PR after a CR read one way throughout, NE reads passed over before a
/// confirmation, another progression date ending the window, the baseline left out with a note,
/// refusals as values, the confirmed-response flag and the mixed-series note.
/// </summary>
public sealed class BestResponseOptionsTests
{
    private static readonly RecistParameters Confirmed = new() { Mode = BestResponseMode.Confirmed };

    private static BestResponseVerdict Assess(RecistParameters p, params (int, OverallResponse)[] points) =>
        BestOverallResponse.Assess(BestOverallResponseTests.Points(points), SeriesBuilder.FirstDose, hasTargets: true, p);

    private static BestResponseVerdict AssessUntil(int otherProgressionDay, RecistParameters p, params (int, OverallResponse)[] points) =>
        BestOverallResponse.Assess(BestOverallResponseTests.Points(points), SeriesBuilder.FirstDose, hasTargets: true, p,
            SeriesBuilder.FirstDose.AddDays(otherProgressionDay));

    [Fact]
    public void A_partial_response_after_a_complete_response_does_not_confirm_an_earlier_partial_response()
    {
        var verdict = Assess(Confirmed, (60, Pr), (70, Cr), (100, Pr));

        Assert.Equal(Sd, verdict.Response);
        Assert.False(verdict.ResponseConfirmed);
        Assert.Equal("T1", verdict.DecidingRead!.Value.Value);
        Assert.Equal("SD: PR at 2019-03-02 (day 60) followed by PR at 2019-04-11 (day 100): disease reappeared after the CR at " +
                     "2019-03-12 (day 70); the SD duration is met (60 ≥ 42 days)", verdict.Explanation.Sentence);
        Assert.Equal("§4.4.3 table 3: PR then PR after a CR", verdict.Explanation.Rule);
    }

    [Theory]
    [InlineData(41, Pd)]
    [InlineData(42, Sd)]
    public void A_partial_response_after_a_complete_response_is_stable_disease_only_once_the_duration_is_met(int day, OverallResponse expected)
    {
        Assert.Equal(expected, Assess(Confirmed, (10, Pr), (20, Cr), (day, Pr)).Response);
    }

    [Fact]
    public void A_complete_response_28_days_after_a_partial_response_still_confirms_it_whatever_follows()
    {
        var verdict = Assess(Confirmed, (60, Pr), (88, Cr), (120, Pr));

        Assert.Equal(Pr, verdict.Response);
        Assert.Equal("T2", verdict.ConfirmingRead!.Value.Value);
    }

    [Fact]
    public void Partial_responses_after_a_complete_response_confirm_each_other_never()
    {
        Assert.Equal(Sd, Assess(Confirmed, (60, Cr), (90, Pr), (130, Pr), (170, Pr)).Response);
    }

    [Fact]
    public void A_new_complete_response_after_the_disease_reappeared_can_be_confirmed()
    {
        Assert.Equal(Cr, Assess(Confirmed, (60, Cr), (90, Pr), (120, Cr), (150, Cr)).Response);
    }

    [Fact]
    public void Unconfirmed_mode_still_takes_the_best_time_point()
    {
        var verdict = Assess(RecistParameters.Published, (60, Pr), (70, Cr), (100, Pr));

        Assert.Equal(Cr, verdict.Response);
        Assert.False(verdict.ResponseConfirmed);
    }

    [Theory]
    [InlineData(0, Sd)]
    [InlineData(1, Cr)]
    public void One_not_evaluable_read_between_a_response_and_its_confirmation_is_passed_over_only_when_allowed(int allowed, OverallResponse expected)
    {
        var p = Confirmed with { MaximumNeBeforeConfirmation = allowed };

        var verdict = Assess(p, (60, Cr), (75, Ne), (90, Cr));

        Assert.Equal(expected, verdict.Response);
        if (expected == Cr)
            Assert.EndsWith("30 days later (1 NE read passed over)", verdict.Explanation.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, Sd)]
    [InlineData(2, Pr)]
    public void Two_not_evaluable_reads_need_an_allowance_of_two(int allowed, OverallResponse expected)
    {
        var p = Confirmed with { MaximumNeBeforeConfirmation = allowed };

        Assert.Equal(expected, Assess(p, (60, Pr), (70, Ne), (80, Ne), (95, Pr)).Response);
    }

    [Theory]
    [InlineData(87, Sd)]
    [InlineData(88, Cr)]
    public void A_passed_over_not_evaluable_read_does_not_shorten_the_28_days(int day, OverallResponse expected)
    {
        var p = Confirmed with { MaximumNeBeforeConfirmation = 1 };

        Assert.Equal(expected, Assess(p, (60, Cr), (70, Ne), (day, Cr)).Response);
    }

    [Theory]
    [InlineData(99, Sd)]
    [InlineData(100, Pr)]
    public void Another_progression_ends_the_window_and_a_read_on_its_date_still_counts(int progressionDay, OverallResponse expected)
    {
        var verdict = AssessUntil(progressionDay, Confirmed, (60, Pr), (100, Pr));

        Assert.Equal(expected, verdict.Response);
        if (expected == Sd)
            Assert.Contains("T2 (2019-04-11) after the other progression (2019-04-10): not scored.", verdict.Notes);
        else
            Assert.Empty(verdict.Notes);
    }

    [Fact]
    public void Another_progression_is_not_a_recist_progression()
    {
        var verdict = AssessUntil(35, RecistParameters.Published, (30, Sd), (60, Pd));

        Assert.Equal(Ne, verdict.Response);
    }

    [Fact]
    public void Another_progression_on_the_first_dose_is_refused_with_a_hint()
    {
        var verdict = AssessUntil(0, RecistParameters.Published, (30, Pr));

        Assert.Equal(Ne, verdict.Response);
        Assert.Equal("other progression (2019-01-01): is on or before the first dose (2019-01-01). " +
                     "Fix: give the date of the clinical progression after the first dose, or none.", verdict.Refusal!.ToString());
    }

    [Fact]
    public void Time_points_out_of_order_are_refused_naming_both_reads()
    {
        var points = BestOverallResponseTests.Points((60, Pr), (90, Pr));
        var verdict = BestOverallResponse.Assess([points[1], points[0]], SeriesBuilder.FirstDose, true);

        Assert.Equal(Ne, verdict.Response);
        Assert.Equal("time point T1 (2019-03-02)", verdict.Refusal!.Where);
        Assert.Equal("is not after T2 (2019-04-01).", verdict.Refusal.Problem);
        Assert.Contains("NE: not scored: time point T1", verdict.Explanation.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 42, 0, "ConfirmationIntervalDays (-1)", "28")]
    [InlineData(28, -1, 0, "MinimumStableDiseaseDays (-1)", "42")]
    [InlineData(28, 42, -1, "MaximumNeBeforeConfirmation (-1)", "0")]
    public void A_negative_parameter_is_refused_with_its_published_value(int interval, int duration, int ne, string where, string published)
    {
        var p = Confirmed with { ConfirmationIntervalDays = interval, MinimumStableDiseaseDays = duration, MaximumNeBeforeConfirmation = ne };

        var refusal = Assess(p, (60, Pr)).Refusal!;

        Assert.Equal("parameter " + where, refusal.Where);
        Assert.EndsWith($"(the published value is {published}).", refusal.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BestResponseMode.Unconfirmed, 130, Pr, true)]
    [InlineData(BestResponseMode.Unconfirmed, 117, Pr, false)]
    [InlineData(BestResponseMode.Confirmed, 130, Pr, true)]
    [InlineData(BestResponseMode.Confirmed, 117, Sd, false)]
    public void The_confirmed_response_flag_is_given_in_both_modes(BestResponseMode mode, int second, OverallResponse expected, bool confirmed)
    {
        var verdict = Assess(new RecistParameters { Mode = mode }, (90, Pr), (second, Pr));

        Assert.Equal(expected, verdict.Response);
        Assert.Equal(confirmed, verdict.ResponseConfirmed);
    }

    [Fact]
    public void A_series_mixing_non_cr_non_pd_with_partial_response_is_flagged()
    {
        var verdict = Assess(RecistParameters.Published, (60, Pr), (100, NonCrNonPd));

        Assert.Equal(Pr, verdict.Response);
        Assert.StartsWith("Mixed series: non-CR/non-PD at T2 (2019-04-11) but PR or SD at T1 (2019-03-02).", Assert.Single(verdict.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_of_non_cr_non_pd_and_complete_response_is_not_flagged()
    {
        Assert.Empty(Assess(RecistParameters.Published, (60, NonCrNonPd), (100, Cr)).Notes);
    }

    [Theory]
    [InlineData(30, Sd)]
    [InlineData(90, Sd)]
    [InlineData(90, Pr)]
    [InlineData(90, Cr)]
    public void The_rule_names_section_4_4_3_once(int day, OverallResponse response)
    {
        foreach (var p in new[] { RecistParameters.Published, Confirmed })
        {
            var rule = Assess(p, (day, response)).Explanation.Rule;
            Assert.Equal(rule.IndexOf("§4.4.3", StringComparison.Ordinal), rule.LastIndexOf("§4.4.3", StringComparison.Ordinal));
            Assert.StartsWith("§4.4.3 ", rule, StringComparison.Ordinal);
        }
    }
}
