using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lutetia.Criteria.Psa;

namespace Lutetia.Criteria.Tests.Psa;

/// <summary>Properties of PCWG3 that no PSA course may break.</summary>
public sealed class Pcwg3PropertyTests
{
    private static Arbitrary<PsaCourse> Courses()
    {
        var value = Gen.Choose(0, 5000).Select(i => i / 100m);
        var step = Gen.Choose(7, 42);
        var gen =
            from baseline in Gen.Choose(1, 5000).Select(i => i / 100m)
            from n in Gen.Choose(0, 8)
            from steps in Gen.ArrayOf(step, n)
            from values in Gen.ArrayOf(value, n)
            select Build(baseline, steps, values);
        return Arb.From(gen);
    }

    private static PsaCourse Build(decimal baseline, int[] steps, decimal[] values)
    {
        var day = 0;
        var follow = new PsaValue[steps.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            day += steps[i];
            follow[i] = Psa.Value(day, "0") with { Value = values[i] };
        }
        return new PsaCourse("P01", Psa.FirstDose, Psa.Value(-7, "0") with { Value = baseline }, follow);
    }

    private static Pcwg3Verdict Assess(PsaCourse c) => Pcwg3.Assess(c).Verdict!;

    [Property(MaxTest = 500)]
    public Property A_response_always_has_a_maximal_decline_of_at_least_50_percent() =>
        Prop.ForAll(Courses(), c =>
        {
            var v = Assess(c);
            Assert.True(!v.Response || v.MaximalChangePercent <= -50m);
        });

    [Property(MaxTest = 500)]
    public Property A_confirmed_event_is_never_undone_by_a_later_value() =>
        Prop.ForAll(Courses(), Arb.From(Gen.Choose(0, 10000)), (c, next) =>
        {
            var day = c.FollowUp.Count == 0 ? 7 : c.FollowUp[^1].Date.DayNumber - Psa.FirstDose.DayNumber + 7;
            var longer = c with { FollowUp = [.. c.FollowUp, Psa.Value(day, "0") with { Value = next / 100m }] };
            var (before, after) = (Assess(c), Assess(longer));
            Assert.True(!before.Response || after.ResponseDate == before.ResponseDate);
            Assert.True(!before.Progression || after.ProgressionDate == before.ProgressionDate);
        });

    [Property(MaxTest = 500)]
    public Property Progression_is_dated_at_a_follow_up_value_and_timed_from_the_first_dose() =>
        Prop.ForAll(Courses(), c =>
        {
            var v = Assess(c);
            if (v.Progression)
            {
                Assert.Contains(c.FollowUp, p => p.Date == v.ProgressionDate);
                Assert.Equal(v.ProgressionDate!.Value.DayNumber - Psa.FirstDose.DayNumber, v.DaysToProgression);
            }
            Assert.InRange(v.DaysToProgression, 0, 8 * 42);
        });
}
