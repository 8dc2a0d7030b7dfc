using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>MesenLuth eligibility with its ordered exclusion reasons.</summary>
public sealed class EligibilityTests
{
    private static readonly EligibilityFacts Eligible = new()
    {
        Patient = SeriesBuilder.Patient,
        PrimarySite = PrimarySite.Ileum,
        Differentiation = Differentiation.Well,
        PriorPrrt = false,
        FirstDose = new DateOnly(2015, 3, 1),
        HasMesentericMass = true,
        MmRetractile = true,
        HasBaselineImaging = true,
        MmShortAxisAtBaselineMm = 25m,
        HasPostImaging = true,
    };

    public static TheoryData<string, EligibilityFacts, ExclusionReason?> Cases => new()
    {
        { "eligible", Eligible, null },
        { "pancreas", Eligible with { PrimarySite = PrimarySite.Pancreas }, ExclusionReason.NonSmallIntestinal },
        { "poorly", Eligible with { Differentiation = Differentiation.Poorly }, ExclusionReason.PoorlyDifferentiated },
        { "prior", Eligible with { PriorPrrt = true }, ExclusionReason.PriorPrrt },
        { "no cycle", Eligible with { FirstDose = null }, ExclusionReason.NoPrrt },
        { "2000-12-31", Eligible with { FirstDose = new DateOnly(2000, 12, 31) }, ExclusionReason.OutsideStudyPeriod },
        { "2001-01-01", Eligible with { FirstDose = new DateOnly(2001, 1, 1) }, null },
        { "2021-10-31", Eligible with { FirstDose = new DateOnly(2021, 10, 31) }, null },
        { "2021-11-01", Eligible with { FirstDose = new DateOnly(2021, 11, 1) }, ExclusionReason.OutsideStudyPeriod },
        { "no mass", Eligible with { HasMesentericMass = false, MmShortAxisAtBaselineMm = null }, ExclusionReason.NoMesentericMass },
        { "retractile unknown", Eligible with { MmRetractile = null }, ExclusionReason.MmNotRetractile },
        { "not retractile", Eligible with { MmRetractile = false }, ExclusionReason.MmNotRetractile },
        { "no baseline", Eligible with { HasBaselineImaging = false, MmShortAxisAtBaselineMm = null }, ExclusionReason.NoBaselineImaging },
        { "19.9 mm", Eligible with { MmShortAxisAtBaselineMm = 19.9m }, ExclusionReason.MmTooSmall },
        { "20 mm", Eligible with { MmShortAxisAtBaselineMm = 20m }, null },
        { "not measured", Eligible with { MmShortAxisAtBaselineMm = null }, ExclusionReason.MmTooSmall },
        { "no post", Eligible with { HasPostImaging = false }, ExclusionReason.NoPostImaging },
        { "pancreas and poorly", Eligible with { PrimarySite = PrimarySite.Pancreas, Differentiation = Differentiation.Poorly }, ExclusionReason.NonSmallIntestinal },
        { "no post and small", Eligible with { HasPostImaging = false, MmShortAxisAtBaselineMm = 12m }, ExclusionReason.MmTooSmall },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_first_failing_reason_in_the_protocol_order_is_reported(string name, EligibilityFacts facts, ExclusionReason? expected)
    {
        var verdict = EligibilityCriteria.Assess(facts);

        Assert.True(verdict.Reason == expected, name + ": " + verdict.Explanation.Sentence);
        Assert.Equal(expected is null, verdict.IsIncluded);
    }

    [Fact]
    public void Every_failing_reason_is_listed_in_order_and_the_sentence_names_them()
    {
        var verdict = EligibilityCriteria.Assess(Eligible with { HasPostImaging = false, MmRetractile = false, Differentiation = Differentiation.Poorly });

        Assert.Equal([ExclusionReason.PoorlyDifferentiated, ExclusionReason.MmNotRetractile, ExclusionReason.NoPostImaging], verdict.AllReasons);
        Assert.Equal("poorly_differentiated: poorly differentiated (also mm_not_retractile, no_post_imaging)", verdict.Explanation.Sentence);
    }

    [Fact]
    public void Facts_are_read_from_a_patient_record_and_the_chosen_exams()
    {
        var patient = new Patient
        {
            Id = SeriesBuilder.Patient,
            Center = new CenterId("C1"),
            Sex = Sex.Female,
            PrimarySite = PrimarySite.Jejunum,
            Differentiation = Differentiation.Well,
            PriorPrrt = false,
            MmRetractile = true,
            LastNewsDate = new DateOnly(2020, 1, 1),
        };
        var read = new Read(new ReadId("B"), SeriesBuilder.Patient, new DateOnly(2015, 2, 1), Modality.Ct, Reader.Central);
        var record = new PatientRecord
        {
            Patient = patient,
            Cycles = [new PrrtCycle(SeriesBuilder.Patient, 1, new DateOnly(2015, 3, 1), 7.4m, DoseLevel.Full)],
            Lesions = [new Lesion(SeriesBuilder.Patient, new LesionId("MM"), LesionSite.Mesentery, true, true, LesionRole.Target)],
            Reads = [read],
            MeasurementsByRead = new Dictionary<ReadId, IReadOnlyList<Measurement>>
            {
                [read.Id] = [new Measurement { Read = read.Id, Lesion = new LesionId("MM"), DiameterMm = 18m }],
            },
        };

        var facts = EligibilityFacts.From(record, read.Id, postRead: null);

        Assert.Equal(18m, facts.MmShortAxisAtBaselineMm);
        Assert.Equal(ExclusionReason.MmTooSmall, EligibilityCriteria.Assess(facts).Reason);
    }
}
