using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>The entry points from Domain values: series built from a patient record and chosen reads.</summary>
public sealed class RecordTests
{
    private static readonly PatientId P = SeriesBuilder.Patient;

    /// <summary>
    /// MM 40 → 24 (pr), liver target 30 → 33 (sd alone), peritoneal non-target present; each exam read
    /// locally, the baseline and post also centrally.
    /// </summary>
    internal static PatientRecord Record()
    {
        Read R(string id, int month, Reader reader) => new(new ReadId(id), P, new DateOnly(2019, month, 1), Modality.Ct, reader);
        Measurement M(string read, string lesion, decimal? mm = null, NonTargetStatus? status = null) =>
            new() { Read = new ReadId(read), Lesion = new LesionId(lesion), DiameterMm = mm, NonTargetStatus = status };
        var reads = new[] { R("b-local", 1, Reader.Local), R("b-central", 1, Reader.Central), R("p-local", 8, Reader.Local), R("p-central", 8, Reader.Central) };
        var rows = new[]
        {
            M("b-local", "MM", 40), M("b-local", "LIV", 30), M("b-local", "PER", status: NonTargetStatus.Present),
            M("b-central", "MM", 38), M("b-central", "LIV", 31), M("b-central", "PER", status: NonTargetStatus.Present),
            M("p-local", "MM", 30), M("p-local", "LIV", 33), M("p-local", "PER", status: NonTargetStatus.Present),
            M("p-central", "MM", 24), M("p-central", "LIV", 33), M("p-central", "PER", status: NonTargetStatus.Present),
        };
        return new PatientRecord
        {
            Patient = new Patient
            {
                Id = P,
                Center = new CenterId("C1"),
                Sex = Sex.Male,
                PrimarySite = PrimarySite.Ileum,
                Differentiation = Differentiation.Well,
                PriorPrrt = false,
                MmRetractile = true,
                LastNewsDate = new DateOnly(2020, 1, 1),
            },
            Cycles = [new PrrtCycle(P, 1, new DateOnly(2019, 1, 15), 7.4m, DoseLevel.Full), new PrrtCycle(P, 2, new DateOnly(2019, 3, 15), 7.4m, DoseLevel.Full)],
            Lesions =
            [
                new Lesion(P, new LesionId("MM"), LesionSite.Mesentery, true, true, LesionRole.Target),
                new Lesion(P, new LesionId("LIV"), LesionSite.Liver, false, false, LesionRole.Target),
                new Lesion(P, new LesionId("PER"), LesionSite.Peritoneum, false, false, LesionRole.NonTarget),
            ],
            Reads = reads,
            MeasurementsByRead = rows.GroupBy(m => m.Read).ToDictionary(g => g.Key, g => (IReadOnlyList<Measurement>)g.ToArray()),
        };
    }

    [Fact]
    public void The_mesenteric_mass_rule_runs_on_the_reads_the_caller_chose()
    {
        var record = Record();

        var central = MesentericMassRule.Assess(ReadSeries.FromRecord(record, [new ReadId("b-central"), new ReadId("p-central")]));
        var local = MesentericMassRule.Assess(ReadSeries.FromRecord(record, [new ReadId("b-local"), new ReadId("p-local")]));

        Assert.Equal(MmResponse.Pr, central.Response);
        Assert.Equal(MmResponse.Sd, local.Response);
    }

    [Fact]
    public void Non_mm_recist_leaves_the_mass_out()
    {
        var series = ReadSeries.FromRecord(Record(), [new ReadId("b-central"), new ReadId("p-central")], l => !l.IsMesentericMass);

        var course = Recist11.Assess(series);

        Assert.Equal(["LIV", "PER"], series.Lesions.Select(l => l.Id.Value));
        Assert.Equal(31m, course.BaselineSumMm);
        Assert.Equal(OverallResponse.Sd, course.Response);
        Assert.Equal(OverallResponse.Ne,
            BestOverallResponse.Assess(course, Record().FirstDose!.Value, RecistParameters.Published with { MinimumStableDiseaseDays = 400 }).Response);
    }

    [Fact]
    public void Patient_level_recist_sums_the_mass_with_the_other_targets()
    {
        var course = Recist11.Assess(ReadSeries.FromRecord(Record(), [new ReadId("b-central"), new ReadId("p-central")]));

        Assert.Equal(69m, course.BaselineSumMm);
        Assert.Equal(57m, course.TimePoints[0].Target!.SumMm);
        Assert.Equal(OverallResponse.Sd, course.Response);
    }
}
