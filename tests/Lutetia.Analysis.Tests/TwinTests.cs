using System.Text.Json;
using Lutetia.Domain;
using Lutetia.Intake;

namespace Lutetia.Analysis.Tests;

/// <summary>
/// The MesenLuth twin (samples/mesenluth-twin): lutetia analyze reproduces what the paper
/// publishes (Al Mansour L et al. J Nucl Med 2024;65:258-263; docs/twin.md), read from results.json.
/// </summary>
public sealed class TwinTests
{
    private static readonly string Twin = Path.Combine(AppContext.BaseDirectory, "twin");
    private static readonly Lazy<JsonElement> Results = new(() => Analyse(CohortReader.ReadValid(Twin, new DateOnly(2026, 1, 1))));

    private static JsonElement Analyse(Cohort cohort)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
            ResultsJson.Write(StudyAnalysis.Analyze(cohort, MesenLuthParameters.Published), writer);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    private static JsonElement Row(string table, string id) =>
        Results.Value.GetProperty("tables").GetProperty(table).EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);

    private static (int N, int Of) Count(JsonElement e) => (e.GetProperty("n").GetInt32(), e.GetProperty("of").GetInt32());

    [Fact]
    public void Fifty_two_patients_are_included_and_every_excluded_one_has_a_reason()
    {
        var patients = Results.Value.GetProperty("patients");
        Assert.Equal(52, patients.GetProperty("included").GetInt32());
        var screened = patients.GetProperty("screened").GetInt32();
        Assert.Equal(screened - 52, patients.GetProperty("excluded").EnumerateObject().Sum(p => p.Value.GetInt32()));
    }

    [Theory]
    [InlineData("women", 24)]
    [InlineData("primary_site.ileum", 38)]
    [InlineData("who_grade.g1", 25)]
    [InlineData("who_grade.g2", 22)]
    [InlineData("who_grade.unknown", 5)]
    [InlineData("other_metastatic_sites.2_or_more", 32)]
    [InlineData("metastatic_site.liver", 45)]
    [InlineData("metastatic_site.distant_lymph_nodes", 19)]
    [InlineData("metastatic_site.peritoneum", 17)]
    [InlineData("metastatic_site.bone", 14)]
    [InlineData("sma_stage.iiiup", 15)]
    [InlineData("sma_stage.iv", 14)]
    [InlineData("smv_proximal_infiltration", 27)]
    [InlineData("severe_mesenteric_fibrosis", 18)]
    [InlineData("prior_treatment.primary_tumor_resection", 24)]
    [InlineData("prior_treatment.liver_embolization", 16)]
    [InlineData("prior_treatment.somatostatin_analog", 47)]
    [InlineData("prior_treatment.everolimus", 10)]
    [InlineData("ecog.0_1", 50)]
    [InlineData("carcinoid_syndrome", 39)]
    [InlineData("mm_symptoms", 26)]
    [InlineData("mm_symptom.abdominal_pain", 20)]
    [InlineData("mm_symptom.diarrhea", 14)]
    [InlineData("mm_symptom.occlusive_syndrome", 8)]
    [InlineData("mm_symptom.mesenteric_ischemia", 5)]
    [InlineData("mm_krenning.3", 4)]
    [InlineData("mm_krenning.4", 47)]
    [InlineData("mm_progression_before_prrt", 20)]
    public void Table_1_counts_are_the_papers_over_all_52(string id, int n) =>
        Assert.Equal((n, 52), Count(Row("table1", id)));

    [Fact]
    public void Table_1_continuous_rows_and_resectability_are_the_papers()
    {
        var age = Row("table1", "age_years");
        Assert.Equal((70, 47, 89), (age.GetProperty("median").GetDouble(), age.GetProperty("min").GetDouble(), age.GetProperty("max").GetDouble()));
        Assert.Equal(2.5, Row("table1", "ki67_percent").GetProperty("median").GetDouble());
        Assert.Equal((32, 49), Count(Row("table1", "resectability.unresectable")));
        Assert.Equal(65, Math.Round(Row("table1", "resectability.unresectable").GetProperty("percent").GetDouble()));
    }

    [Theory]
    [InlineData("mm_orr", 2, 52)]
    [InlineData("non_mm_orr", 4, 52)]
    [InlineData("mm_metabolic_response", 0, 52)]
    [InlineData("non_mm_metabolic_response", 6, 52)]
    [InlineData("mm_clinical_response", 12, 26)]
    [InlineData("mm_clinical_complete", 3, 26)]
    [InlineData("mm_clinical_partial", 9, 26)]
    [InlineData("mm_clinical_response_long_term", 11, 26)]
    [InlineData("cs_clinical_response", 18, 39)]
    [InlineData("mm_progression", 5, 52)]
    [InlineData("central_review", 43, 52)]
    [InlineData("four_cycles", 43, 52)]
    [InlineData("stop_for_toxicity", 4, 52)]
    [InlineData("complications_during_prrt", 4, 52)]
    [InlineData("corticosteroids", 2, 52)]
    [InlineData("long_term_complications", 6, 52)]
    [InlineData("mm_related_death", 2, 52)]
    public void Table_2_and_3_rates_are_the_papers(string id, int n, int of) =>
        Assert.Equal((n, of), Count(Results.Value.GetProperty("rates").GetProperty(id)));

    [Theory]
    [InlineData("stop_toxicity.cholestasis", 1)]
    [InlineData("stop_toxicity.cytopenia", 1)]
    [InlineData("stop_toxicity.renal_insufficiency", 2)]
    public void Table_3_toxicities_are_the_papers(string id, int n) =>
        Assert.Equal((n, 52), Count(Row("table3", id)));

    [Theory]
    [InlineData("non_mm_pfs", 50.3, 38.2, 61.7)]
    [InlineData("os", 55.0, 39.5, 80.8)]
    public void Survival_medians_and_their_log_intervals_are_the_papers_to_a_tenth_of_a_month(string id, double median, double lower, double upper)
    {
        var s = Results.Value.GetProperty("survival").GetProperty(id);
        Assert.Equal(median, Math.Round(s.GetProperty("median_months").GetDouble(), 1));
        Assert.Equal(lower, Math.Round(s.GetProperty("ci95")[0].GetDouble(), 1));
        Assert.Equal(upper, Math.Round(s.GetProperty("ci95")[1].GetDouble(), 1));
    }

    [Fact]
    public void Mm_related_pfs_is_not_reached_and_follow_up_is_the_papers()
    {
        Assert.Equal(JsonValueKind.Null, Results.Value.GetProperty("survival").GetProperty("mm_pfs").GetProperty("median_months").ValueKind);
        Assert.Equal(30.2, Math.Round(Results.Value.GetProperty("median_follow_up_months").GetDouble(), 1));
    }

    [Fact]
    public void Imaging_falls_when_the_paper_says()
    {
        var timing = Results.Value.GetProperty("imaging_timing");
        var before = timing.GetProperty("baseline_before_first_dose_months");
        var after = timing.GetProperty("post_after_last_dose_months");
        Assert.Equal(2.0, Math.Round(before.GetProperty("mean").GetDouble(), 1));
        Assert.Equal(1 / 30.4375, before.GetProperty("min").GetDouble(), 9);
        Assert.Equal(7.0, Math.Round(before.GetProperty("max").GetDouble(), 1));
        Assert.Equal((4.6, 2.0, 11.7), (Math.Round(after.GetProperty("mean").GetDouble(), 1),
            Math.Round(after.GetProperty("min").GetDouble(), 1), Math.Round(after.GetProperty("max").GetDouble(), 1)));
    }

    [Fact]
    public void Central_review_agrees_fully_with_the_local_reading()
    {
        var mm = Results.Value.GetProperty("agreement").GetProperty("mm_response");
        Assert.Equal(43, mm.GetProperty("pairs").GetInt32());
        Assert.Equal(100, mm.GetProperty("percent_agreement").GetDouble());
    }

    [Fact]
    public void Shrinking_one_responders_mass_at_the_post_exam_below_30_percent_makes_one_more_mm_responder()
    {
        var cohort = CohortReader.ReadValid(Twin, new DateOnly(2026, 1, 1));
        var before = StudyAnalysis.Analyze(cohort, MesenLuthParameters.Published);
        // A stable patient whose post exam was read by one reader only: set the mass to 30 % below its baseline there.
        var target = before.Included.First(p => p.MmResponse == Criteria.Mesenteric.MmResponse.Sd
            && p.Imaging!.Post is { } post && (post.Local is null || post.Central is null) && p.Imaging.UpToPost.Count == 1);
        var postRead = target.Imaging!.Post!.Representative(ReaderPolicy.CentralFirst)!.Id;
        var mass = target.Record.Lesions.Single(l => l.IsMesentericMass).Id;
        var shrunk = target.MmBaselineMm!.Value * 0.7m;
        var changed = cohort with
        {
            Measurements = cohort.Measurements.Select(m => m.Read == postRead && m.Lesion == mass ? m with { DiameterMm = shrunk } : m).ToArray(),
        };

        var after = StudyAnalysis.Analyze(changed, MesenLuthParameters.Published);

        Assert.Equal(before.Rate("mm_orr").Rate.N + 1, after.Rate("mm_orr").Rate.N);
        var patient = after.Patients.Single(p => p.Record.Patient.Id == target.Record.Patient.Id);
        Assert.Equal(Criteria.Mesenteric.MmResponse.Pr, patient.MmResponse);
        Assert.Equal(-30m, patient.MmChangePercent);
    }
}
