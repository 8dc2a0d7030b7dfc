using Lutetia.Criteria.Recist;
using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>Worked vectors R11–R14 and RECIST 1.1 table 3 as response-criteria.md copies it.</summary>
public sealed class BestOverallResponseTests
{
    private static readonly RecistParameters Confirmed = new() { Mode = BestResponseMode.Confirmed };

    internal static RecistTimePoint[] Points(params (int Day, OverallResponse Response)[] points) =>
        points.Select((p, i) => new RecistTimePoint(new ReadId("T" + (i + 1)), SeriesBuilder.FirstDose.AddDays(p.Day), p.Response,
            new Explanation("RECIST 1.1", "test", p.Response.ToString()))).ToArray();

    private static OverallResponse Best(RecistParameters p, params (int, OverallResponse)[] points) =>
        BestOverallResponse.Assess(Points(points), SeriesBuilder.FirstDose, hasTargets: true, p).Response;

    [Theory]
    [InlineData(OverallResponse.Pr, BestResponseMode.Confirmed, OverallResponse.Pr)]
    [InlineData(OverallResponse.Sd, BestResponseMode.Confirmed, OverallResponse.Sd)]
    [InlineData(OverallResponse.Pr, BestResponseMode.Unconfirmed, OverallResponse.Pr)]
    public void R11_a_partial_response_confirmed_40_days_later(OverallResponse t2, BestResponseMode mode, OverallResponse expected)
    {
        Assert.Equal(expected, Best(new RecistParameters { Mode = mode }, (90, OverallResponse.Pr), (130, t2)));
    }

    [Theory]
    [InlineData(BestResponseMode.Unconfirmed)]
    [InlineData(BestResponseMode.Confirmed)]
    public void R12_stable_disease_before_the_minimum_duration_is_not_evaluable_or_progression_if_pd_follows(BestResponseMode mode)
    {
        var p = new RecistParameters { Mode = mode };

        Assert.Equal(OverallResponse.Ne, Best(p, (30, OverallResponse.Sd)));
        Assert.Equal(OverallResponse.Pd, Best(p, (30, OverallResponse.Sd), (80, OverallResponse.Pd)));
    }

    [Theory]
    [InlineData(60, 120, OverallResponse.Sd)]
    [InlineData(30, 40, OverallResponse.Pd)]
    public void R13_complete_response_followed_by_partial_response_means_the_disease_reappeared(int day1, int day2, OverallResponse expected)
    {
        Assert.Equal(expected, Best(Confirmed, (day1, OverallResponse.Cr), (day2, OverallResponse.Pr)));
    }

    [Theory]
    [InlineData(90, OverallResponse.Sd)]
    [InlineData(35, OverallResponse.Ne)]
    public void R14_a_lone_partial_response_is_stable_disease_when_the_duration_is_met(int day, OverallResponse expected)
    {
        Assert.Equal(expected, Best(Confirmed, (day, OverallResponse.Pr)));
    }

    [Theory]
    [InlineData(OverallResponse.Cr, OverallResponse.Cr, 60, 90, OverallResponse.Cr)]
    [InlineData(OverallResponse.Cr, OverallResponse.Sd, 60, 90, OverallResponse.Sd)]
    [InlineData(OverallResponse.Cr, OverallResponse.Sd, 30, 40, OverallResponse.Pd)]
    [InlineData(OverallResponse.Cr, OverallResponse.Pd, 60, 90, OverallResponse.Sd)]
    [InlineData(OverallResponse.Cr, OverallResponse.Pd, 30, 40, OverallResponse.Pd)]
    [InlineData(OverallResponse.Cr, OverallResponse.Ne, 60, 90, OverallResponse.Sd)]
    [InlineData(OverallResponse.Cr, OverallResponse.Ne, 30, 40, OverallResponse.Ne)]
    [InlineData(OverallResponse.Pr, OverallResponse.Cr, 60, 90, OverallResponse.Pr)]
    [InlineData(OverallResponse.Pr, OverallResponse.Pd, 60, 90, OverallResponse.Sd)]
    [InlineData(OverallResponse.Pr, OverallResponse.Pd, 30, 40, OverallResponse.Pd)]
    [InlineData(OverallResponse.Pr, OverallResponse.Ne, 60, 90, OverallResponse.Sd)]
    [InlineData(OverallResponse.Pr, OverallResponse.Ne, 30, 40, OverallResponse.Ne)]
    [InlineData(OverallResponse.Ne, OverallResponse.Ne, 60, 90, OverallResponse.Ne)]
    public void Table_3_gives_the_confirmed_best_response_of_each_pair(OverallResponse first, OverallResponse next, int day1, int day2, OverallResponse expected)
    {
        Assert.Equal(expected, Best(Confirmed, (day1, first), (day2, next)));
    }

    [Fact]
    public void Complete_response_then_stable_disease_that_itself_meets_the_duration_is_stable_disease()
    {
        Assert.Equal(OverallResponse.Sd, Best(Confirmed, (30, OverallResponse.Cr), (60, OverallResponse.Sd)));
    }

    [Fact]
    public void A_confirming_read_sooner_than_28_days_is_skipped_and_a_later_one_confirms()
    {
        var verdict = BestOverallResponse.Assess(
            Points((60, OverallResponse.Cr), (80, OverallResponse.Cr), (90, OverallResponse.Cr)), SeriesBuilder.FirstDose, true, Confirmed);

        Assert.Equal(OverallResponse.Cr, verdict.Response);
        Assert.Equal("T3", verdict.ConfirmingRead!.Value.Value);
        Assert.Equal("CR at 2019-03-02 (day 60) confirmed by CR at 2019-04-01 (day 90), 30 days later", verdict.Explanation.Sentence);
    }

    [Fact]
    public void A_complete_response_confirmed_only_27_days_later_is_not_confirmed()
    {
        Assert.Equal(OverallResponse.Sd, Best(Confirmed, (60, OverallResponse.Cr), (87, OverallResponse.Cr)));
        Assert.Equal(OverallResponse.Cr, Best(Confirmed, (60, OverallResponse.Cr), (88, OverallResponse.Cr)));
    }

    [Fact]
    public void Nothing_after_the_first_progression_is_scored()
    {
        var p = RecistParameters.Published;

        Assert.Equal(OverallResponse.Pd, Best(p, (20, OverallResponse.Sd), (50, OverallResponse.Pd), (90, OverallResponse.Cr)));
    }

    [Fact]
    public void Stable_disease_exactly_at_42_days_counts_and_at_41_days_does_not()
    {
        var p = RecistParameters.Published;

        Assert.Equal(OverallResponse.Sd, Best(p, (42, OverallResponse.Sd)));
        Assert.Equal(OverallResponse.Ne, Best(p, (41, OverallResponse.Sd)));
    }

    [Fact]
    public void Without_target_disease_an_unconfirmed_complete_response_falls_back_to_non_cr_non_pd()
    {
        var verdict = BestOverallResponse.Assess(Points((90, OverallResponse.Cr)), SeriesBuilder.FirstDose, hasTargets: false, Confirmed);

        Assert.Equal(OverallResponse.NonCrNonPd, verdict.Response);
    }

    [Fact]
    public void A_time_point_on_or_before_the_first_dose_is_the_baseline_left_out_with_a_note()
    {
        var verdict = BestOverallResponse.Assess(Points((0, OverallResponse.Pr), (60, OverallResponse.Sd)), SeriesBuilder.FirstDose, true);

        Assert.Equal(OverallResponse.Sd, verdict.Response);
        Assert.Equal("T2", verdict.DecidingRead!.Value.Value);
        Assert.Null(verdict.Refusal);
        Assert.Equal("T1 (2019-01-01) on or before the first dose (2019-01-01): baseline, not scored.", Assert.Single(verdict.Notes));
    }

    [Fact]
    public void No_follow_up_read_is_not_evaluable()
    {
        Assert.Equal(OverallResponse.Ne, Best(RecistParameters.Published));
    }
}
