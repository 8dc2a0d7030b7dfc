using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>Properties of RECIST 1.1 that no series of reads may break.</summary>
public sealed class RecistPropertyTests
{
    private static readonly RecistParameters[] Modes =
        [RecistParameters.Published, new RecistParameters { Mode = BestResponseMode.Confirmed }];

    [Property(MaxTest = 300)]
    public Property A_new_lesion_always_gives_progression() =>
        Prop.ForAll(RandomCase.Arbitrary(), Arb.From(Gen.Choose(0, 1000)), (c, pick) =>
        {
            var k = 1 + pick % (c.Reads.Count - 1);
            var lesion = new Lesion(SeriesBuilder.Patient, new LesionId("NEW"), LesionSite.Liver, false, false, LesionRole.New);
            var seen = (pick % 3) switch
            {
                0 => new Measurement { Read = c.Reads[k].Id, Lesion = lesion.Id, DiameterMm = 4m },
                1 => new Measurement { Read = c.Reads[k].Id, Lesion = lesion.Id, TooSmallToMeasure = true },
                _ => new Measurement { Read = c.Reads[k].Id, Lesion = lesion.Id, NonTargetStatus = NonTargetStatus.Present },
            };
            var reads = c.Reads.Select((r, i) => i == k ? r with { Measurements = [.. r.Measurements, seen] } : r).ToArray();

            var course = Recist11.Assess(ReadSeries.Create([.. c.Lesions, lesion], reads));

            Assert.Equal(OverallResponse.Pd, course.TimePoints[k - 1].Overall);
            Assert.All(course.TimePoints.Skip(k - 1), tp => Assert.Equal(OverallResponse.Pd, tp.Overall));
        });

    [Property(MaxTest = 300)]
    public Property Reordering_or_renaming_lesions_never_changes_anything() =>
        Prop.ForAll(RandomCase.Arbitrary(), Arb.From(Gen.Choose(0, int.MaxValue - 1)), (c, seed) =>
        {
#pragma warning disable CA5394 // Not security: a reproducible shuffle.
            var random = new Random(seed);
            var order = c.Lesions.Select((_, i) => i).OrderBy(_ => random.Next()).ToArray();
#pragma warning restore CA5394
            var names = new Dictionary<LesionId, LesionId>();
            for (var i = 0; i < c.Lesions.Count; i++)
                names[c.Lesions[i].Id] = new LesionId("renamed" + Array.IndexOf(order, i));
            var lesions = order.Select(i => c.Lesions[i] with { Id = names[c.Lesions[i].Id] }).ToArray();
            var reads = c.Reads.Select(r => r with
            {
                Measurements = r.Measurements.Reverse().Select(m => m with { Lesion = names[m.Lesion] }).ToArray(),
            }).ToArray();

            Assert.Equal(Summary(c.Series), Summary(ReadSeries.Create(lesions, reads)));
        });

    [Property(MaxTest = 300)]
    public Property A_progression_is_never_followed_by_a_better_best_overall_response() =>
        Prop.ForAll(RandomCase.Arbitrary(), c =>
        {
            var course = Recist11.Assess(c.Series);
            var first = course.TimePoints.ToList().FindIndex(tp => tp.Overall == OverallResponse.Pd);
            if (first < 0)
                return;
            Assert.All(course.TimePoints.Skip(first), tp => Assert.Equal(OverallResponse.Pd, tp.Overall));
            var truncated = Recist11.Assess(ReadSeries.Create(c.Lesions, c.Reads.Take(first + 2).ToArray()));
            foreach (var p in Modes)
            {
                Assert.Equal(
                    BestOverallResponse.Assess(truncated, SeriesBuilder.FirstDose, p).Response,
                    BestOverallResponse.Assess(course, SeriesBuilder.FirstDose, p).Response);
            }
        });

    [Property(MaxTest = 300)]
    public Property The_best_overall_response_is_one_of_the_scored_time_points_or_a_table_3_fallback() =>
        Prop.ForAll(RandomCase.Arbitrary(), c =>
        {
            var course = Recist11.Assess(c.Series);
            var best = BestOverallResponse.Assess(course, SeriesBuilder.FirstDose, RecistParameters.Published);
            var scored = course.TimePoints.Where(tp => tp.Date >= SeriesBuilder.FirstDose).Select(tp => tp.Overall).ToHashSet();
            Assert.True(best.Response == OverallResponse.Ne || scored.Contains(best.Response), best.Explanation.Sentence);
        });

    /// <summary>
    /// Removing any one measurement (at the baseline read too) never undoes a PD that a
    /// new lesion or an unequivocal non-target progression shows through another measurement, and
    /// the first PD never comes later than that read. A PD of the target sum alone may be lost,
    /// as RECIST wants: an incomplete read is NE unless the assessed targets reach PD (vector R8),
    /// and a read left incomplete no longer lowers the nadir.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Removing_one_measurement_never_undoes_a_progression_shown_by_a_new_lesion_or_a_non_target() =>
        Prop.ForAll(RandomCase.Arbitrary(), Arb.From(Gen.Choose(0, int.MaxValue - 1)), (c, pick) =>
        {
            var rows = c.Reads.SelectMany((r, i) => r.Measurements.Select(m => (Read: i, Row: m))).ToArray();
            if (rows.Length == 0)
                return;
            var (at, removed) = rows[pick % rows.Length];
            var reads = c.Reads.Select((r, i) => i == at ? r with { Measurements = r.Measurements.Where(m => m != removed).ToArray() } : r).ToArray();

            var before = Recist11.Assess(c.Series);
            var after = Recist11.Assess(ReadSeries.Create(c.Lesions, reads));

            for (var k = 0; k < before.TimePoints.Count; k++)
            {
                var tp = before.TimePoints[k];
                var shown = tp.NewLesions.Concat(tp.NonTarget is { Response: NonTargetResponse.Pd } nt ? nt.Deciding : [])
                    .Any(l => k + 1 != at || l != removed.Lesion);
                if (!shown)
                    continue;
                Assert.Equal(OverallResponse.Pd, after.TimePoints[k].Overall);
                Assert.True(after.FirstProgression!.Date <= tp.Date, $"first PD {after.FirstProgression.Date} after {tp.Date}");
            }
        });

    private static string Summary(ReadSeries series)
    {
        var course = Recist11.Assess(series);
        var points = course.TimePoints.Select(tp =>
            $"{tp.Read}:{tp.Overall}/{tp.Target?.Response}/{tp.Target?.SumMm}/{tp.Target?.NadirMm}/{tp.Target?.NadirRead}" +
            $"/{tp.Target?.NotAssessed.Count}/{tp.NonTarget?.Response}/{tp.NewLesions.Count}");
        var best = Modes.Select(p => BestOverallResponse.Assess(course, SeriesBuilder.FirstDose, p))
            .Select(b => $"{b.Response}@{b.DecidingRead}+{b.ConfirmingRead}");
        return $"{course.BaselineSumMm}|{string.Join(";", points)}|{string.Join(";", best)}";
    }
}
