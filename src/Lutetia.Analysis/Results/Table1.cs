using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>
/// Table 1, characteristics at the first dose (outputs.md, Table 1 ids): n (%) over all included
/// patients with unknown values in their own row; resectability over patients with a known status.
/// </summary>
internal static class Table1
{
    public static IReadOnlyList<TableRow> Of(PatientEndpoints[] included)
    {
        var rows = new TableRowBuilder(included);
        rows.Count("women", p => p.Record.Patient.Sex == Sex.Female);
        rows.Continuous("age_years", p => p.AgeAtFirstDose);
        rows.Categories("primary_site", p => p.Record.Patient.PrimarySite, onlyPresent: true);
        rows.Categories("who_grade", p => p.Record.Patient.WhoGrade, withUnknown: true);
        rows.Continuous("ki67_percent", p => (double?)p.Record.Patient.Ki67Percent);
        rows.Count("other_metastatic_sites.0", p => p.Record.MetastaticSites.Count == 0);
        rows.Count("other_metastatic_sites.1", p => p.Record.MetastaticSites.Count == 1);
        rows.Count("other_metastatic_sites.2_or_more", p => p.Record.MetastaticSites.Count >= 2);
        foreach (var site in Enum.GetValues<MetastaticSiteKind>())
            rows.Count($"metastatic_site.{Codes<MetastaticSiteKind>.ToCode(site)}", p => p.Record.MetastaticSites.Any(s => s.Site == site), onlyPresent: true);
        rows.Categories("sma_stage", p => p.Record.Patient.SmaStage, withUnknown: true);
        rows.YesNo("smv_proximal_infiltration", p => p.Record.Patient.SmvProximalInfiltration);
        rows.YesNo("severe_mesenteric_fibrosis", p => p.Record.Patient.SevereMesentericFibrosis);
        var known = included.Count(p => p.Resectability is not Criteria.Resectability.Unknown);
        rows.Add(new TableRow("resectability.unresectable", known) { N = included.Count(p => p.Resectability == Criteria.Resectability.Unresectable) });
        rows.Count("resectability.unknown", p => p.Resectability == Criteria.Resectability.Unknown);
        foreach (var treatment in Enum.GetValues<PriorTreatmentKind>())
            rows.Count($"prior_treatment.{Codes<PriorTreatmentKind>.ToCode(treatment)}", p => p.Record.PriorTreatments.Any(t => t.Treatment == treatment), onlyPresent: true);
        rows.Count("ecog.0_1", p => p.Record.Patient.Ecog is 0 or 1);
        rows.Count("ecog.2_or_more", p => p.Record.Patient.Ecog >= 2);
        rows.Count("ecog.unknown", p => p.Record.Patient.Ecog is null);
        rows.YesNo("carcinoid_syndrome", p => p.Record.Patient.CarcinoidSyndrome);
        rows.YesNo("carcinoid_heart_disease", p => p.Record.Patient.CarcinoidHeartDisease);
        var symptoms = new PerPatient<HashSet<Symptom>>(included, BaselineMmSymptoms);
        rows.Count("mm_symptoms", p => symptoms[p].Count > 0);
        foreach (var symptom in Enum.GetValues<Symptom>())
            rows.Count($"mm_symptom.{Codes<Symptom>.ToCode(symptom)}", p => symptoms[p].Contains(symptom), onlyPresent: true);
        var krenning = new PerPatient<int?>(included, MmKrenning);
        for (var grade = 0; grade <= 4; grade++)
        {
            var g = grade;
            rows.Count($"mm_krenning.{g}", p => krenning[p] == g);
        }
        rows.Count("mm_krenning.unknown", p => krenning[p] is null);
        rows.YesNo("mm_progression_before_prrt", p => p.Record.Patient.MmProgressionBeforePrrt);
        rows.Count("cga_elevated", p => p.CgaResponse is not null);
        return rows.Rows;
    }

    /// <summary>MM-related symptoms present at the baseline assessment (the last on or before the first dose).</summary>
    private static HashSet<Symptom> BaselineMmSymptoms(PatientEndpoints p)
    {
        var first = p.Record.FirstDose!.Value;
        var rows = p.Record.Symptoms.Where(s => s.Domain == SymptomDomain.Mm && s.Date <= first).ToArray();
        if (rows.Length == 0)
            return [];
        var date = rows.Max(s => s.Date);
        return rows.Where(s => s.Date == date && s.IsPresent).Select(s => s.Symptom).ToHashSet();
    }

    /// <summary>The MM's Krenning grade at the baseline SRI exam (SRS or PET), as the exam's reader graded it.</summary>
    private static int? MmKrenning(PatientEndpoints p)
    {
        var read = p.Imaging?.BaselineReceptor?.Representative(p.Parameters.ReaderPolicy);
        var mass = p.Record.Lesions.FirstOrDefault(l => l.IsMesentericMass);
        if (read is null || mass is null)
            return null;
        return p.Record.MeasurementsOf(read.Id).FirstOrDefault(m => m.Lesion == mass.Id)?.Krenning;
    }
}
