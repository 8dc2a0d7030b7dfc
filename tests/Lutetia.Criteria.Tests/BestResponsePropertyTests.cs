using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>Properties of best overall response over random series of time-point responses.</summary>
public sealed class BestResponsePropertyTests
{
    private static readonly RecistParameters Confirmed = new() { Mode = BestResponseMode.Confirmed };

    private static readonly OverallResponse[] Categories =
        [OverallResponse.Cr, OverallResponse.Pr, OverallResponse.Pr, OverallResponse.Sd, OverallResponse.NonCrNonPd, OverallResponse.Ne, OverallResponse.Pd];

    /// <summary>0–7 time points from day −20 onwards, 1–60 days apart, of any category.</summary>
    private static Arbitrary<RecistTimePoint[]> Series() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from count in Gen.Choose(0, 7)
         select Make(seed, count)).ToArbitrary();

    private static RecistTimePoint[] Make(int seed, int count)
    {
#pragma warning disable CA5394 // Not security: a reproducible draw from FsCheck's seed.
        var random = new Random(seed);
        var day = random.Next(-20, 60);
        var points = new RecistTimePoint[count];
        for (var i = 0; i < count; i++)
        {
            var r = Categories[random.Next(Categories.Length)];
            points[i] = new RecistTimePoint(new ReadId("T" + (i + 1)), SeriesBuilder.FirstDose.AddDays(day), r, new Explanation("test", "test", r.ToString()));
            day += random.Next(1, 61);
        }
#pragma warning restore CA5394
        return points;
    }

    /// <summary>The spec's order, worst first: NE, PD, non-CR/non-PD, SD, PR, CR.</summary>
    private static int Rank(OverallResponse r) => Array.IndexOf(
        [OverallResponse.Ne, OverallResponse.Pd, OverallResponse.NonCrNonPd, OverallResponse.Sd, OverallResponse.Pr, OverallResponse.Cr], r);

    private static BestResponseVerdict Assess(RecistTimePoint[] points, RecistParameters p, DateOnly? other = null) =>
        BestOverallResponse.Assess(points, SeriesBuilder.FirstDose, hasTargets: true, p, other);

    private static string Core(BestResponseVerdict v) =>
        $"{v.Response}@{v.DecidingRead}+{v.ConfirmingRead}/{v.ResponseConfirmed}/{v.Explanation.Sentence}";

    [Property(MaxTest = 500)]
    public Property A_confirmed_response_never_rests_on_a_partial_response_after_a_complete_response() =>
        Prop.ForAll(Series(), points =>
        {
            var v = Assess(points, Confirmed);
            Assert.Equal(v.Response is OverallResponse.Cr or OverallResponse.Pr, v.ResponseConfirmed);
            if (!v.ResponseConfirmed)
                return;
            var scored = points.Where(tp => tp.Date > SeriesBuilder.FirstDose).ToArray();
            var firstCr = Array.FindIndex(scored, tp => tp.Overall == OverallResponse.Cr);
            foreach (var read in new[] { v.DecidingRead, v.ConfirmingRead })
            {
                var k = Array.FindIndex(scored, tp => tp.Read == read);
                Assert.False(scored[k].Overall == OverallResponse.Pr && firstCr >= 0 && firstCr < k, v.Explanation.Sentence);
            }
            Assert.True(v.ConfirmingDate!.Value.DayNumber - v.DecidingDate!.Value.DayNumber >= Confirmed.ConfirmationIntervalDays);
        });

    [Property(MaxTest = 500)]
    public Property The_confirmed_response_flag_does_not_depend_on_the_mode() =>
        Prop.ForAll(Series(), points =>
            Assert.Equal(Assess(points, Confirmed).ResponseConfirmed, Assess(points, RecistParameters.Published).ResponseConfirmed));

    [Property(MaxTest = 500)]
    public Property Confirmation_never_gives_a_better_response_than_the_best_time_point() =>
        Prop.ForAll(Series(), points =>
            Assert.True(Rank(Assess(points, Confirmed).Response) <= Rank(Assess(points, RecistParameters.Published).Response)));

    [Property(MaxTest = 500)]
    public Property Passing_over_a_not_evaluable_read_never_worsens_the_confirmed_response() =>
        Prop.ForAll(Series(), points =>
            Assert.True(Rank(Assess(points, Confirmed).Response)
                        <= Rank(Assess(points, Confirmed with { MaximumNeBeforeConfirmation = 1 }).Response)));

    [Property(MaxTest = 500)]
    public Property Reads_on_or_before_the_first_dose_only_add_a_note() =>
        Prop.ForAll(Series(), points =>
        {
            var after = points.Where(tp => tp.Date > SeriesBuilder.FirstDose).ToArray();
            foreach (var p in new[] { RecistParameters.Published, Confirmed })
            {
                var all = Assess(points, p);
                Assert.Equal(Core(Assess(after, p)), Core(all));
                Assert.Equal(after.Length < points.Length, all.Notes.Any(n => n.Contains("baseline, not scored", StringComparison.Ordinal)));
            }
        });

    [Property(MaxTest = 500)]
    public Property Another_progression_at_a_read_is_the_same_as_stopping_the_series_there() =>
        Prop.ForAll(Series(), Arb.From(Gen.Choose(0, 6)), (points, pick) =>
        {
            var after = points.Where(tp => tp.Date > SeriesBuilder.FirstDose).ToArray();
            if (after.Length == 0)
                return;
            var k = pick % after.Length;
            foreach (var p in new[] { RecistParameters.Published, Confirmed })
            {
                Assert.Equal(Core(Assess(after[..(k + 1)], p)), Core(Assess(after, p, after[k].Date)));
                Assert.Equal(Core(Assess(after, p)), Core(Assess(after, p, after[^1].Date.AddDays(1))));
            }
        });

    [Property(MaxTest = 500)]
    public Property Every_rule_names_section_4_4_3_once() =>
        Prop.ForAll(Series(), points =>
        {
            foreach (var p in new[] { RecistParameters.Published, Confirmed, Confirmed with { MaximumNeBeforeConfirmation = 1 } })
            {
                var rule = Assess(points, p).Explanation.Rule;
                Assert.StartsWith("§4.4.3 ", rule, StringComparison.Ordinal);
                Assert.Equal(rule.IndexOf("§4.4.3", StringComparison.Ordinal), rule.LastIndexOf("§4.4.3", StringComparison.Ordinal));
            }
        });
}
