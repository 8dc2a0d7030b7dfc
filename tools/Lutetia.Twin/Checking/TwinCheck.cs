using System.Globalization;
using System.Text;
using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>
/// Recomputes from the twin's raw rows every count the paper publishes (issue 6, item 3) and sets
/// it beside the published value; writes the survival times for R (tools/Lutetia.Twin/check-survival.R).
/// </summary>
internal sealed class TwinCheck(Cohort cohort)
{
    private readonly List<string> _lines = [];
    private int _differences;

    public int Differences => _differences;

    public IReadOnlyList<string> Lines => _lines;

    public IReadOnlyList<PatientEndpoints> Run()
    {
        var all = cohort.PatientRecords().Select(EndpointDerivation.Derive).ToArray();
        var inc = all.Where(e => e.Exclusion is null).ToArray();
        Expect("screened", 60, all.Length);
        Expect("included", 52, inc.Length);
        foreach (var reason in all.Where(e => e.Exclusion is not null).GroupBy(e => e.Exclusion))
            Note($"excluded.{reason.Key}", reason.Count());
        TableOne(inc);
        TableTwo(inc);
        TableThree(inc);
        Timing(inc);
        return all;
    }

    private void TableOne(PatientEndpoints[] inc)
    {
        Expect("women", 24, inc.Count(e => e.Patient.Sex == Sex.Female));
        var ages = inc.Select(e => AgeAt(e.Patient.BirthDate!.Value, e.Record.FirstDose!.Value)).ToArray();
        Expect("age_years median/min/max", "70/47/89", $"{Median(ages.Select(a => (decimal)a))}/{ages.Min()}/{ages.Max()}");
        Expect("primary_site.ileum", 38, inc.Count(e => e.Patient.PrimarySite == PrimarySite.Ileum));
        Expect("who_grade.g1", 25, inc.Count(e => e.Patient.WhoGrade == WhoGrade.G1));
        Expect("who_grade.g2", 22, inc.Count(e => e.Patient.WhoGrade == WhoGrade.G2));
        Expect("who_grade.unknown", 5, inc.Count(e => e.Patient.WhoGrade is null));
        Expect("ki67_percent median", "2.5", Median(inc.Where(e => e.Patient.Ki67Percent is not null).Select(e => e.Patient.Ki67Percent!.Value)));
        Expect("other_metastatic_sites.2_or_more", 32, inc.Count(e => e.Record.MetastaticSites.Count >= 2));
        Expect("metastatic_site.liver", 45, Sites(inc, MetastaticSiteKind.Liver));
        Expect("metastatic_site.distant_lymph_nodes", 19, Sites(inc, MetastaticSiteKind.DistantLymphNodes));
        Expect("metastatic_site.peritoneum", 17, Sites(inc, MetastaticSiteKind.Peritoneum));
        Expect("metastatic_site.bone", 14, Sites(inc, MetastaticSiteKind.Bone));
        Expect("sma_stage.iiiup", 15, inc.Count(e => e.Patient.SmaStage == SmaStage.IIIUp));
        Expect("sma_stage.iv", 14, inc.Count(e => e.Patient.SmaStage == SmaStage.IV));
        Expect("smv_proximal_infiltration", 27, inc.Count(e => e.Patient.SmvProximalInfiltration == true));
        Expect("severe_mesenteric_fibrosis", 18, inc.Count(e => e.Patient.SevereMesentericFibrosis == true));
        var resect = inc.Select(e => Resectability(e.Patient)).ToArray();
        Expect("resectability.unresectable of known", "32/49", $"{resect.Count(x => x == "unresectable")}/{resect.Count(x => x != "unknown")}");
        Expect("prior_treatment.primary_tumor_resection", 24, Prior(inc, PriorTreatmentKind.PrimaryTumorResection));
        Expect("prior_treatment.liver_embolization", 16, Prior(inc, PriorTreatmentKind.LiverEmbolization));
        Expect("prior_treatment.somatostatin_analog", 47, Prior(inc, PriorTreatmentKind.SomatostatinAnalog));
        Expect("prior_treatment.everolimus", 10, Prior(inc, PriorTreatmentKind.Everolimus));
        Expect("ecog.0_1", 50, inc.Count(e => e.Patient.Ecog is 0 or 1));
        Expect("carcinoid_syndrome", 39, inc.Count(e => e.Patient.CarcinoidSyndrome == true));
        Expect("mm_symptoms", 26, inc.Count(e => e.MmClinical is not null));
        foreach (var (symptom, n) in new[] { (Symptom.AbdominalPain, 20), (Symptom.Diarrhea, 14), (Symptom.OcclusiveSyndrome, 8), (Symptom.MesentericIschemia, 5) })
            Expect($"mm_symptom.{Codes<Symptom>.ToCode(symptom)}", n, inc.Count(e => BaselineMm(e.Record).Any(s => s.Symptom == symptom && s.IsPresent)));
        var grades = inc.Select(e => e.Series.ReceptorBaseline is { } b && e.Record.Lesions.First(l => l.IsMesentericMass) is { } mm
            ? e.Series.Of(b, mm.Id)?.Krenning : null).ToArray();
        Expect("mm_krenning.3", 4, grades.Count(g => g == 3));
        Expect("mm_krenning.4", 47, grades.Count(g => g == 4));
        Expect("mm_progression_before_prrt", 20, inc.Count(e => e.Patient.MmProgressionBeforePrrt == true));
    }

    private void TableTwo(PatientEndpoints[] inc)
    {
        Expect("mm_orr", 2, inc.Count(e => e.Mm.Response is "cr" or "pr"));
        Expect("non_mm_orr", 4, inc.Count(e => e.NonMm.Response is "cr" or "pr"));
        Expect("mm_metabolic_response", 0, inc.Count(e => e.MmMetabolic == "yes"));
        Expect("non_mm_metabolic_response", 6, inc.Count(e => e.NonMmMetabolic == "yes"));
        Expect("mm_clinical_response of 26", 12, inc.Count(e => e.MmClinical is "complete" or "partial"));
        Expect("mm_clinical_complete", 3, inc.Count(e => e.MmClinical == "complete"));
        Expect("mm_clinical_partial", 9, inc.Count(e => e.MmClinical == "partial"));
        Expect("mm_clinical_response_long_term", 11, inc.Count(e => e.MmClinicalLongTerm is "complete" or "partial"));
        Expect("cs_clinical_response of 39", 18, inc.Count(e => e.CsClinical is "complete" or "partial"));
        Expect("mm_progression (pd at any follow-up read)", 5, inc.Count(e => e.Mm.FirstPd is not null));
        Expect("median_follow_up_months", "30.2", Months(Median(inc.Select(e => (decimal)e.FollowUpDays))));
        Expect("central_review", 43, inc.Count(e => e.Record.Reads.Any(r => r.Reader == Reader.Central)));
        var pairs = inc.Where(e => e.Agreement is not null).Select(e => e.Agreement!.Value).ToArray();
        Expect("agreement pairs", 43, pairs.Length);
        Expect("agreement mm_response", "43/43", $"{pairs.Count(p => p.LocalMm == p.CentralMm)}/{pairs.Length}");
        Expect("agreement non_mm_response", "43/43", $"{pairs.Count(p => p.LocalNonMm == p.CentralNonMm)}/{pairs.Length}");
        // Cohen's kappa is 1 (not undefined) only when the pairs use at least two categories.
        Expect("kappa defined: mm categories >= 2", "yes", pairs.Select(p => p.LocalMm).Distinct().Count() >= 2 ? "yes" : "no");
        Expect("kappa defined: non-mm categories >= 2", "yes", pairs.Select(p => p.LocalNonMm).Distinct().Count() >= 2 ? "yes" : "no");
        foreach (var group in inc.GroupBy(e => e.Mm.Response).OrderBy(g => g.Key, StringComparer.Ordinal))
            Note($"mm_response.{group.Key}", group.Count());
        foreach (var group in inc.GroupBy(e => e.NonMm.Response ?? "empty").OrderBy(g => g.Key, StringComparer.Ordinal))
            Note($"non_mm_response.{group.Key}", group.Count());
        Note("events mm_pfs / non_mm_pfs / os", $"{inc.Count(e => e.MmPfs.Event)} / {inc.Count(e => e.NonMmPfs.Event)} / {inc.Count(e => e.Os.Event)}");
    }

    private void TableThree(PatientEndpoints[] inc)
    {
        Expect("four_cycles", 43, inc.Count(e => e.Record.Cycles.Count >= 4));
        Expect("cycles.5_or_more", 0, inc.Count(e => e.Record.Cycles.Count >= 5));
        Expect("stop_for_toxicity", 4, inc.Count(e => e.Patient.PrrtStopReason == PrrtStopReason.Toxicity));
        Expect("stop_toxicity.cholestasis", 1, inc.Count(e => e.Patient.PrrtStopToxicity == PrrtStopToxicity.Cholestasis));
        Expect("stop_toxicity.cytopenia", 1, inc.Count(e => e.Patient.PrrtStopToxicity == PrrtStopToxicity.Cytopenia));
        Expect("stop_toxicity.renal_insufficiency", 2, inc.Count(e => e.Patient.PrrtStopToxicity == PrrtStopToxicity.RenalInsufficiency));
        Expect("complications_during_prrt", 4, inc.Count(e => Complications(e, 0, 91).Any()));
        Expect("corticosteroids", 2, inc.Count(e => Complications(e, 0, 91).Any(c => c.Corticosteroids == true)));
        Expect("complications 92-182 days", 0, inc.Count(e => Complications(e, 92, 182).Any()));
        Expect("long_term_complications", 6, inc.Count(e => Complications(e, 183, int.MaxValue).Any()));
        Expect("mm_related_death", 2, inc.Count(e => e.Patient.DeathCause == DeathCause.MmRelated));
    }

    private void Timing(PatientEndpoints[] inc)
    {
        var before = inc.Select(e => (decimal)(e.Record.FirstDose!.Value.DayNumber - e.Series.Baseline!.ExamDate.DayNumber)).ToArray();
        var after = inc.Select(e => (decimal)(e.Series.Post!.ExamDate.DayNumber - e.Record.LastDose!.Value.DayNumber)).ToArray();
        Expect("baseline before first dose, months mean/min/max", "2.0/0.03/7.0",
            $"{Months(before.Average())}/{Math.Round(before.Min() / 30.4375m, 2).ToString(CultureInfo.InvariantCulture)}/{Months(before.Max())}");
        Expect("post after last dose, months mean/min/max", "4.6/2.0/11.7", $"{Months(after.Average())}/{Months(after.Min())}/{Months(after.Max())}");
    }

    /// <summary>
    /// The derived endpoints of every patient with the column names of endpoints.csv (outputs.md),
    /// months = days / 30.4375: to diff with `lutetia analyze`, and for check-survival.R.
    /// </summary>
    public static string EndpointsCsv(IEnumerable<PatientEndpoints> endpoints)
    {
        var csv = new StringBuilder("patient_id,included,exclusion_reason,mm_baseline_mm,mm_post_mm,mm_response,non_mm_response,"
            + "mm_metabolic_response,non_mm_metabolic_response,mm_clinical_response,mm_clinical_response_long_term,cs_clinical_response,"
            + "mm_pfs_months,mm_pfs_event,non_mm_pfs_months,non_mm_pfs_event,os_months,os_event,follow_up_months\n");
        foreach (var e in endpoints)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{e.Patient.Id},{(e.Exclusion is null ? "yes" : "no")},{e.Exclusion}");
            if (e.Exclusion is null)
            {
                csv.Append(CultureInfo.InvariantCulture, $",{e.Mm.BaselineMm},{e.Mm.PostMm},{e.Mm.Response},{e.NonMm.Response},{e.MmMetabolic},{e.NonMmMetabolic},");
                csv.Append(CultureInfo.InvariantCulture, $"{e.MmClinical},{(e.MmClinical is null ? null : e.MmClinicalLongTerm)},{e.CsClinical},");
                csv.Append(CultureInfo.InvariantCulture, $"{Month(e.MmPfs.Days)},{Flag(e.MmPfs.Event)},{Month(e.NonMmPfs.Days)},{Flag(e.NonMmPfs.Event)},");
                csv.Append(CultureInfo.InvariantCulture, $"{Month(e.Os.Days)},{Flag(e.Os.Event)},{Month(e.FollowUpDays)}");
            }
            else
            {
                csv.Append(',', 16);
            }
            csv.Append('\n');
        }
        return csv.ToString();

        static string Month(int days) => (days / 30.4375).ToString("R", CultureInfo.InvariantCulture);
        static string Flag(bool value) => value ? "1" : "0";
    }

    private static IEnumerable<Complication> Complications(PatientEndpoints e, int fromDaysAfterLastDose, int toDaysAfterLastDose) =>
        e.Record.Complications.Where(c => c.Date.DayNumber - e.Record.LastDose!.Value.DayNumber is var d
            && (fromDaysAfterLastDose == 0 ? c.Date >= e.Record.FirstDose!.Value && d <= toDaysAfterLastDose : d >= fromDaysAfterLastDose && d <= toDaysAfterLastDose));

    private static IEnumerable<SymptomAssessment> BaselineMm(PatientRecord r)
    {
        var baseline = r.Symptoms.Where(s => s.Domain == SymptomDomain.Mm && s.Date <= r.FirstDose).Select(s => s.Date).DefaultIfEmpty().Max();
        return r.Symptoms.Where(s => s.Domain == SymptomDomain.Mm && s.Date == baseline);
    }

    private static string Resectability(Patient p) =>
        p.SmaStage is SmaStage.IIIUp or SmaStage.IV || p.SmvProximalInfiltration == true || p.SevereMesentericFibrosis == true ? "unresectable"
        : p.SmaStage is not null && p.SmvProximalInfiltration is not null && p.SevereMesentericFibrosis is not null ? "resectable" : "unknown";

    private static int Sites(PatientEndpoints[] inc, MetastaticSiteKind kind) => inc.Count(e => e.Record.MetastaticSites.Any(s => s.Site == kind));

    private static int Prior(PatientEndpoints[] inc, PriorTreatmentKind kind) => inc.Count(e => e.Record.PriorTreatments.Any(t => t.Treatment == kind));

    private static int AgeAt(DateOnly birth, DateOnly day) =>
        day.Year - birth.Year - (day.Month < birth.Month || day.Month == birth.Month && day.Day < birth.Day ? 1 : 0);

    private static string Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToArray();
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        return median.ToString("0.####", CultureInfo.InvariantCulture);
    }

    private static string Months(decimal days) => Math.Round(days / 30.4375m, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Months(string days) => Months(decimal.Parse(days, CultureInfo.InvariantCulture));

    private void Expect(string row, int expected, int actual) =>
        Expect(row, expected.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture));

    private void Expect(string row, string expected, string actual)
    {
        var ok = expected == actual;
        if (!ok)
            _differences++;
        _lines.Add($"{(ok ? "ok  " : "DIFF")} {row,-48} paper {expected,-14} twin {actual}");
    }

    private void Note(string row, object value) => _lines.Add(string.Create(CultureInfo.InvariantCulture, $"     {row,-48} {"",-20} twin {value}"));
}
