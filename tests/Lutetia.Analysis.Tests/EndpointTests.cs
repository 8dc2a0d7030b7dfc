using Lutetia.Criteria;
using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;
using static Lutetia.Analysis.Tests.CohortBuilder;

namespace Lutetia.Analysis.Tests;

/// <summary>Each MesenLuth endpoint derived from raw data as mesenluth-protocol.md says.</summary>
public sealed class EndpointTests
{
    private static readonly DateOnly Baseline = FirstDose.AddDays(-30);
    private static readonly DateOnly Post = LastDose.AddDays(90);

    private static CohortBuilder WithMass(decimal baselineMm, decimal postMm, params (DateOnly Date, decimal Mm)[] between)
    {
        var c = new CohortBuilder();
        var p = c.Patient();
        c.Ct(p, Baseline, Reader.Local, ("L1", baselineMm));
        foreach (var (date, mm) in between)
            c.Ct(p, date, Reader.Local, ("L1", mm));
        c.Ct(p, Post, Reader.Local, ("L1", postMm));
        return c;
    }

    [Fact]
    public void A_mass_falling_by_exactly_30_percent_is_a_partial_response()
    {
        var e = WithMass(40, 28).Endpoints();

        Assert.True(e.Included);
        Assert.Equal(MmResponse.Pr, e.MmResponse);
        Assert.True(e.MmResponder);
        Assert.Equal(-30m, e.MmChangePercent);
        Assert.Equal(40m, e.MmBaselineMm);
        Assert.Equal(28m, e.MmPostMm);
    }

    [Fact]
    public void Progression_met_before_the_post_exam_stays_progression_and_dates_the_mm_pfs_event()
    {
        var pd = FirstDose.AddDays(100);
        var e = WithMass(40, 30, (pd, 50)).Endpoints();

        Assert.Equal(MmResponse.Pd, e.MmResponse);
        Assert.True(e.MmProgressed);
        Assert.True(e.MmPfs!.Event);
        Assert.Equal(pd, e.MmPfs.End);
        Assert.Equal(100 / 30.4375, e.MmPfs.Months, 12);
        Assert.Contains(e.Derivations, d => d.Endpoint == "mm_response" && d.Explanation.Sentence.StartsWith("pd", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mass_too_small_at_baseline_excludes_the_patient_with_that_reason()
    {
        var e = WithMass(19.9m, 15).Endpoints();

        Assert.False(e.Included);
        Assert.Equal(ExclusionReason.MmTooSmall, e.Eligibility.Reason);
        var row = EndpointsCsv.Row(e);
        Assert.Equal(["P1", "C1", "no", "mm_too_small"], row[..4]);
        Assert.All(row[9..], Assert.Null);
    }

    [Fact]
    public void The_central_read_represents_an_exam_and_the_local_policy_uses_the_local_read()
    {
        var c = new CohortBuilder();
        var p = c.Patient();
        c.Ct(p, Baseline, Reader.Local, ("L1", 40));
        c.Ct(p, Baseline, Reader.Central, ("L1", 42));
        c.Ct(p, Post, Reader.Local, ("L1", 28));
        c.Ct(p, Post, Reader.Central, ("L1", 30));

        var central = c.Endpoints();
        var local = c.Endpoints(parameters: MesenLuthParameters.Published with { ReaderPolicy = ReaderPolicy.Local });

        Assert.Equal((42m, MmResponse.Sd, Reader.Central), (central.MmBaselineMm!.Value, central.MmResponse!.Value, central.Reader!.Value));
        Assert.Equal((40m, MmResponse.Pr, Reader.Local), (local.MmBaselineMm!.Value, local.MmResponse!.Value, local.Reader!.Value));
        Assert.Equal(new ReaderPair(MmResponse.Pr, MmResponse.Sd, null, null), central.Agreement);
    }

    [Fact]
    public void A_death_from_another_cause_censors_mm_pfs_but_ends_non_mm_pfs_and_os()
    {
        var death = new DateOnly(2017, 3, 1);
        var c = new CohortBuilder();
        var p = c.Patient(change: x => x with { DeathDate = death, DeathCause = DeathCause.NotNet, LastNewsDate = death });
        c.Ct(p, Baseline, Reader.Local, ("L1", 40));
        c.Ct(p, Post, Reader.Local, ("L1", 38));

        var e = c.Endpoints();

        Assert.Equal((death, false), (e.MmPfs!.End, e.MmPfs.Event));
        Assert.Equal((death, true), (e.NonMmPfs!.End, e.NonMmPfs.Event));
        Assert.Equal((death, true), (e.Os!.End, e.Os.Event));
    }

    [Fact]
    public void A_progression_recorded_before_the_first_dose_is_history_not_an_event()
    {
        var c = WithMass(40, 38);
        var p = new PatientId("P1");
        c.Progression(p, FirstDose.AddDays(-10), ProgressionScope.Mm);
        c.Progression(p, FirstDose.AddDays(400), ProgressionScope.NonMm);

        var e = c.Endpoints();

        Assert.False(e.MmPfs!.Event);
        Assert.Equal(new DateOnly(2019, 12, 31), e.MmPfs.End);
        Assert.Equal((FirstDose.AddDays(400), true), (e.NonMmPfs!.End, e.NonMmPfs.Event));
    }

    [Fact]
    public void Censoring_at_the_last_assessment_uses_the_last_ct_or_mri_exam()
    {
        var c = WithMass(40, 38);
        var parameters = MesenLuthParameters.Published with { Censoring = Censoring.LastAssessment };

        Assert.Equal(Post, c.Endpoints(parameters: parameters).MmPfs!.End);
    }

    [Fact]
    public void A_target_not_measured_at_baseline_makes_non_mm_response_ne_and_the_derivation_names_it()
    {
        var c = new CohortBuilder();
        var p = c.Patient();
        c.Lesion(p, "L2");
        c.Ct(p, Baseline, Reader.Local, ("L1", 40));
        c.Ct(p, Post, Reader.Local, ("L1", 30), ("L2", 20));

        var e = c.Endpoints();

        Assert.Equal(OverallResponse.Ne, e.NonMmResponse);
        Assert.Equal(MmResponse.Sd, e.MmResponse);
        Assert.False(e.NonMmPfs!.Event);
        var why = Assert.Single(e.Derivations, d => d.Endpoint == "non_mm_response").Explanation.Sentence;
        Assert.StartsWith("NE: target L2 is not measured at the baseline read R1", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_mm_response_is_not_applicable_without_a_lesion_other_than_the_mass()
    {
        var e = WithMass(40, 38).Endpoints();

        Assert.Null(e.NonMmResponse);
        Assert.Null(e.NonMmMetabolicResponse);
        Assert.Null(EndpointsCsv.Row(e)[Array.IndexOf(EndpointsCsv.Columns, "non_mm_responder")]);
    }

    [Theory]
    [InlineData(4, 3, Outcome.Yes)]
    [InlineData(4, 4, Outcome.No)]
    public void The_mass_responds_on_srs_when_its_krenning_grade_drops_by_one(int before, int after, Outcome expected)
    {
        var c = WithMass(40, 38);
        var p = new PatientId("P1");
        c.Srs(p, FirstDose.AddDays(-40), ("L1", before));
        c.Srs(p, LastDose.AddDays(120), ("L1", after));

        Assert.Equal(expected, c.Endpoints().MmMetabolicResponse);
    }

    [Fact]
    public void Metabolic_response_is_ne_without_a_post_exam_of_the_baseline_modality()
    {
        var c = WithMass(40, 38);
        c.Srs(new PatientId("P1"), FirstDose.AddDays(-40), ("L1", 4));

        Assert.Equal(Outcome.Ne, c.Endpoints().MmMetabolicResponse);
    }

    [Fact]
    public void Clinical_response_applies_only_to_patients_with_a_baseline_mm_symptom()
    {
        var c = WithMass(40, 38);
        var p1 = new PatientId("P1");
        c.Symptom(p1, FirstDose.AddDays(-5), Symptom.AbdominalPain, 2);
        c.Symptom(p1, LastDose.AddDays(30), Symptom.AbdominalPain, 0);
        c.Symptom(p1, LastDose.AddDays(200), Symptom.AbdominalPain, 1);
        var p2 = c.Patient("P2");
        c.Ct(p2, Baseline, Reader.Local, ("L1", 40));
        c.Ct(p2, Post, Reader.Local, ("L1", 38));
        c.Symptom(p2, FirstDose.AddDays(-5), Symptom.AbdominalPain, 0);

        var results = c.Analyze();
        var e1 = results.Patients[0];

        Assert.Equal(ClinicalResponse.Complete, e1.MmClinicalResponse);
        Assert.Equal(ClinicalResponse.Partial, e1.MmClinicalResponseLongTerm);
        Assert.Null(results.Patients[1].MmClinicalResponse);
        var complete = results.Rate("mm_clinical_complete").Rate;
        Assert.Equal((1, 1), (complete.N, complete.Of));
    }

    [Theory]
    [InlineData(300, 150, Outcome.Yes)]
    [InlineData(300, 151, Outcome.No)]
    [InlineData(200, 50, null)]
    public void Cga_responds_when_its_ratio_to_the_upper_limit_halves_and_applies_only_when_elevated(int before, int after, Outcome? expected)
    {
        var c = WithMass(40, 38);
        var p = new PatientId("P1");
        c.Cga(p, FirstDose.AddDays(-3), before);
        c.Cga(p, LastDose.AddDays(60), after);

        Assert.Equal(expected, c.Endpoints().CgaResponse);
    }

    [Theory]
    [InlineData(91, "complication_during_prrt.abdominal_pain")]
    [InlineData(92, "complication_3_to_6_months.abdominal_pain")]
    [InlineData(182, "complication_3_to_6_months.abdominal_pain")]
    [InlineData(183, "complication_long_term.abdominal_pain")]
    public void Each_complication_falls_in_exactly_one_safety_window(int daysAfterLastDose, string row)
    {
        var c = WithMass(40, 38);
        c.Complication(new PatientId("P1"), LastDose.AddDays(daysAfterLastDose));

        var complicationRows = c.Analyze().Table3.Where(r => r.Id.StartsWith("complication", StringComparison.Ordinal)).ToArray();

        Assert.Equal(row, Assert.Single(complicationRows).Id);
    }
}
