using Lutetia.Domain;

namespace Lutetia.Intake.Tests;

public sealed class SyntheticCohortTests
{
    private static readonly DateOnly StudyStart = new(2001, 1, 1);
    private static readonly DateOnly StudyEnd = new(2021, 10, 31);

    private static readonly Cohort Cohort = SyntheticCohort.Generate(new SynthesisOptions(300, Seed: 5));
    private static readonly IReadOnlyList<PatientRecord> Records = Cohort.PatientRecords();

    private static bool SmallIntestinal(Patient p) =>
        p.PrimarySite is PrimarySite.Ileum or PrimarySite.Jejunum or PrimarySite.Duodenum or PrimarySite.SmallIntestine;

    private static Lesion? Mass(PatientRecord r) => r.Lesions.FirstOrDefault(l => l.IsMesentericMass);

    private static IEnumerable<Read> Morphologic(PatientRecord r) => r.Reads.Where(x => x.IsMorphologic);

    /// <summary>mesenluth-protocol.md, eligibility: each reason, judged on the raw data.</summary>
    public static TheoryData<string> Reasons() =>
    [
        "non_small_intestinal", "poorly_differentiated", "prior_prrt", "no_prrt", "outside_study_period",
        "no_mesenteric_mass", "mm_not_retractile", "no_baseline_imaging", "mm_too_small", "no_post_imaging",
    ];

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Every_exclusion_reason_of_the_protocol_occurs(string reason)
    {
        Func<PatientRecord, bool> shows = reason switch
        {
            "non_small_intestinal" => r => !SmallIntestinal(r.Patient),
            "poorly_differentiated" => r => r.Patient.Differentiation == Differentiation.Poorly,
            "prior_prrt" => r => r.Patient.PriorPrrt,
            "no_prrt" => r => r.Cycles.Count == 0,
            "outside_study_period" => r => r.FirstDose is { } d && (d < StudyStart || d > StudyEnd),
            "no_mesenteric_mass" => r => Mass(r) is null,
            "mm_not_retractile" => r => Mass(r) is not null && r.Patient.MmRetractile != true,
            "no_baseline_imaging" => r => r.FirstDose is { } d && !Morphologic(r).Any(x => x.ExamDate <= d),
            "mm_too_small" => r => Mass(r) is { } mass && r.FirstDose is { } d && Morphologic(r).Where(x => x.ExamDate <= d)
                .SelectMany(x => r.MeasurementsOf(x.Id)).Any(m => m.Lesion == mass.Id && m.DiameterMm < 20),
            "no_post_imaging" => r => r.LastDose is { } d && r.Cycles.Count > 0 && !Morphologic(r).Any(x => x.ExamDate > d),
            _ => throw new ArgumentOutOfRangeException(nameof(reason)),
        };

        Assert.Contains(Records, r => shows(r));
    }

    [Fact]
    public void About_a_tenth_of_the_patients_is_planted_ineligible_and_the_rest_fit_the_study()
    {
        var fitting = Records.Count(r => SmallIntestinal(r.Patient) && r.Patient.Differentiation == Differentiation.Well
            && !r.Patient.PriorPrrt && r.FirstDose is { } d && d >= StudyStart && d <= StudyEnd && Mass(r) is not null
            && r.Patient.MmRetractile == true);

        Assert.InRange(fitting / (double)Records.Count, 0.88, 0.96);
    }

    [Fact]
    public void Most_patients_receive_four_cycles_about_eight_weeks_apart()
    {
        var treated = Records.Where(r => r.Cycles.Count > 0).ToArray();
        var gaps = treated.SelectMany(r => r.Cycles.Zip(r.Cycles.Skip(1), (a, b) => b.Date.DayNumber - a.Date.DayNumber)).Order().ToArray();

        Assert.InRange(treated.Count(r => r.Cycles.Count == 4) / (double)treated.Length, 0.7, 0.9);
        Assert.InRange(gaps[gaps.Length / 2], 49, 63);
    }

    [Fact]
    public void Follow_up_brings_progressions_deaths_central_reads_and_both_receptor_imagings()
    {
        Assert.InRange(Cohort.Patients.Count(p => p.DeathDate is not null) / (double)Cohort.Patients.Count, 0.1, 0.6);
        Assert.Contains(Cohort.Reads, r => r.Reader == Reader.Central);
        Assert.Contains(Cohort.Reads, r => r.Modality == Modality.Srs111In);
        Assert.Contains(Cohort.Reads, r => r.Modality == Modality.Pet68Ga);
        Assert.Contains(Cohort.Lesions, l => l.Role == LesionRole.New);
        Assert.Contains(Cohort.Measurements, m => m.NonTargetStatus == NonTargetStatus.UnequivocalProgression);
        Assert.NotEmpty(Cohort.Progressions);
        Assert.NotEmpty(Cohort.Complications);
        Assert.Contains(Cohort.Symptoms, s => s.Domain == SymptomDomain.CarcinoidSyndrome);
    }

    [Fact]
    public void Every_patient_is_labelled_synthetic()
    {
        Assert.All(Cohort.Patients, p => Assert.StartsWith("SYN", p.Id.Value, StringComparison.Ordinal));
        Assert.All(Cohort.Centers, c => Assert.Contains("Synthetic", c.Name, StringComparison.Ordinal));
    }
}
