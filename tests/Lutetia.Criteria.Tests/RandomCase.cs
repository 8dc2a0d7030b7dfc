using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>
/// A random RECIST case: 0–5 targets (some nodal), 0–3 non-targets, 0–2 new lesions, a baseline and
/// 1–6 follow-up CT reads whose values wander around the baseline, with unassessed, too-small,
/// disappeared and progressing lesions all drawn at random.
/// </summary>
internal sealed record RandomCase(IReadOnlyList<Lesion> Lesions, IReadOnlyList<SeriesRead> Reads)
{
    public ReadSeries Series => ReadSeries.Create(Lesions, Reads);

    public static Arbitrary<RandomCase> Arbitrary() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from targets in Gen.Choose(0, 5)
         from nonTargets in Gen.Choose(targets == 0 ? 1 : 0, 3)
         from news in Gen.Choose(0, 2)
         from reads in Gen.Choose(1, 6)
         select Make(seed, targets, nonTargets, news, reads)).ToArbitrary();

    public static RandomCase Make(int seed, int targets, int nonTargets, int news, int followUps)
    {
#pragma warning disable CA5394 // Not security: a reproducible draw from FsCheck's seed.
        var random = new Random(seed);
        var lesions = new List<Lesion>();
        for (var i = 0; i < targets; i++)
            lesions.Add(new Lesion(SeriesBuilder.Patient, new LesionId("T" + i), LesionSite.Liver, false, random.Next(3) == 0, LesionRole.Target));
        for (var i = 0; i < nonTargets; i++)
            lesions.Add(new Lesion(SeriesBuilder.Patient, new LesionId("N" + i), LesionSite.Bone, false, false, LesionRole.NonTarget));
        for (var i = 0; i < news; i++)
            lesions.Add(new Lesion(SeriesBuilder.Patient, new LesionId("W" + i), LesionSite.Lung, false, false, LesionRole.New));
        var baseline = lesions.Select(_ => (decimal)random.Next(100, 1000) / 10).ToArray();
        var reads = new List<SeriesRead>();
        var date = SeriesBuilder.FirstDose.AddDays(-random.Next(0, 30));
        for (var r = 0; r <= followUps; r++)
        {
            var id = new ReadId("R" + r.ToString(CultureInfo.InvariantCulture));
            var rows = new List<Measurement>();
            for (var l = 0; l < lesions.Count; l++)
            {
                var row = Value(random, lesions[l], baseline[l], r == 0, id);
                if (row is not null)
                    rows.Add(row);
            }
            reads.Add(new SeriesRead(new Read(id, SeriesBuilder.Patient, date, Modality.Ct, Reader.Local), rows));
            date = (r == 0 ? SeriesBuilder.FirstDose : date).AddDays(random.Next(14, 120));
        }
        return new RandomCase(lesions, reads);
    }

    private static Measurement? Value(Random random, Lesion lesion, decimal baseline, bool atBaseline, ReadId read)
    {
        var m = new Measurement { Read = read, Lesion = lesion.Id };
        var draw = random.Next(100);
        switch (lesion.Role)
        {
            case LesionRole.Target when atBaseline:
                return m with { DiameterMm = baseline };
            case LesionRole.Target:
                return draw switch
                {
                    < 8 => null,
                    < 14 => m with { TooSmallToMeasure = true },
                    < 22 => m with { DiameterMm = 0 },
                    _ => m with { DiameterMm = Math.Max(0, baseline * random.Next(30, 160) / 100m) },
                };
            case LesionRole.NonTarget when atBaseline:
                return m with { NonTargetStatus = NonTargetStatus.Present };
            case LesionRole.NonTarget:
                return draw switch
                {
                    < 8 => null,
                    < 15 => m with { NonTargetStatus = NonTargetStatus.UnequivocalProgression },
                    < 50 => m with { NonTargetStatus = NonTargetStatus.Absent },
                    _ => m with { NonTargetStatus = NonTargetStatus.Present },
                };
            default:
                return atBaseline || draw >= 15 ? null : m with { DiameterMm = random.Next(3, 30) };
        }
#pragma warning restore CA5394
    }
}
