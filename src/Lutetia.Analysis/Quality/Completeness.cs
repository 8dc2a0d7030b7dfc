using Lutetia.Criteria;
using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>
/// What is missing, patient by patient, for each endpoint of the protocol (docs/workflow.md,
/// Data quality): every endpoint that came out <c>ne</c>, with the criterion's own reason, and every
/// characteristic of Table 1 left unknown. Excluded patients are not listed: their data are not
/// analysed.
/// </summary>
public static class Completeness
{
    public static IReadOnlyList<DataGap> Of(StudyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var gaps = new List<DataGap>();
        foreach (var p in results.Included)
        {
            void Gap(string endpoint, string missing) =>
                gaps.Add(new DataGap(p.Record.Patient.Id.Value, p.Record.Patient.Center.Value, endpoint, missing));
            string Why(string endpoint, string fallback) =>
                p.Derivations.LastOrDefault(d => d.Endpoint == endpoint)?.Explanation.Sentence ?? fallback;

            if (p.MmResponse == MmResponse.Ne)
                Gap("mm_response", Why("mm_response", "the mass is not measured at the post-PRRT exam"));
            if (p.NonMmResponse == OverallResponse.Ne)
                Gap("non_mm_response", Why("non_mm_response", "a lesion is not assessed at the post-PRRT exam"));
            if (p.MmMetabolicResponse == Outcome.Ne)
                Gap("mm_metabolic_response", Why("mm_metabolic_response", "no baseline and post SRS or PET exam of one modality"));
            if (p.NonMmMetabolicResponse == Outcome.Ne)
                Gap("non_mm_metabolic_response", Why("non_mm_metabolic_response", "no baseline and post SRS or PET exam of one modality"));
            if (p.MmClinicalResponse == ClinicalResponse.Ne)
                Gap("mm_clinical_response", Why("mm_clinical_response", "no MM symptom assessment after the last dose"));
            if (p.MmClinicalResponseLongTerm == ClinicalResponse.Ne)
                Gap("mm_clinical_response_long_term", $"no MM symptom assessment {p.Parameters.LongTermDays} days or more after the last dose");
            if (p.CsClinicalResponse == ClinicalResponse.Ne)
                Gap("cs_clinical_response", Why("cs_clinical_response", "no carcinoid-syndrome assessment before the first dose and after the last"));
            if (p.CgaResponse == Outcome.Ne)
                Gap("cga_response", "chromogranin A is elevated at baseline but not measured after the last dose");
            if (p.Resectability == Resectability.Unknown)
                Gap("resectability", "sma_stage, smv_proximal_infiltration or severe_mesenteric_fibrosis is not recorded");
            foreach (var field in UnknownCharacteristics(p))
                Gap("table1", $"{field} is not recorded");
            if (p.Record.Patient.DeathDate is not null && p.Record.Patient.DeathCause is null)
                Gap("table3", "death_cause is not recorded for a death (MM-related PFS cannot tell an event from a censoring)");
            if (p.Record.Patient.PrrtStopReason is null)
                Gap("table3", "prrt_stop_reason is not recorded");
        }
        return gaps;
    }

    /// <summary>Per centre and endpoint, how many included patients lack what the endpoint needs.</summary>
    public static IReadOnlyList<(string Center, string Endpoint, int Patients)> ByCenter(IReadOnlyList<DataGap> gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        return gaps.GroupBy(g => (g.Center, g.Endpoint))
            .Select(g => (g.Key.Center, g.Key.Endpoint, g.Select(x => x.Patient).Distinct(StringComparer.Ordinal).Count()))
            .OrderBy(g => g.Center, StringComparer.Ordinal).ThenBy(g => g.Endpoint, StringComparer.Ordinal)
            .ToArray();
    }

    private static IEnumerable<string> UnknownCharacteristics(PatientEndpoints p)
    {
        var patient = p.Record.Patient;
        if (patient.BirthDate is null) yield return "birth_date (age at first dose)";
        if (patient.WhoGrade is null) yield return "who_grade";
        if (patient.Ki67Percent is null) yield return "ki67_percent";
        if (patient.Ecog is null) yield return "ecog";
        if (patient.CarcinoidSyndrome is null) yield return "carcinoid_syndrome";
        if (patient.CarcinoidHeartDisease is null) yield return "carcinoid_heart_disease";
        if (patient.MmProgressionBeforePrrt is null) yield return "mm_progression_before_prrt";
    }
}
