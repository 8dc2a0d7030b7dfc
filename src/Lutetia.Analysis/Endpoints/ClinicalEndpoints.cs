using Lutetia.Criteria;
using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>
/// Clinical response of the MM-related symptoms and of the carcinoid syndrome, and the
/// chromogranin A response (mesenluth-protocol.md, "Clinical response", "Chromogranin A").
/// </summary>
internal static class ClinicalEndpoints
{
    /// <summary>
    /// MM-related symptoms, evaluation (first assessment after the last dose) or long term (last
    /// assessment ≥ 183 days after it); null for a patient without an MM symptom present at baseline.
    /// </summary>
    public static ClinicalResponse? Mm(PatientRecord record, MesenLuthParameters p, bool longTerm, DerivationLog log)
    {
        var baseline = Baseline(record, SymptomDomain.Mm);
        if (baseline is null || !baseline.Any(s => s.IsPresent))
            return null;
        return Assess(record, SymptomDomain.Mm, baseline, p, longTerm, log, longTerm ? "mm_clinical_response_long_term" : "mm_clinical_response");
    }

    /// <summary>Carcinoid syndrome, for patients with carcinoid_syndrome = yes; null for the others.</summary>
    public static ClinicalResponse? CarcinoidSyndrome(PatientRecord record, MesenLuthParameters p, DerivationLog log) =>
        record.Patient.CarcinoidSyndrome == true
            ? Assess(record, SymptomDomain.CarcinoidSyndrome, Baseline(record, SymptomDomain.CarcinoidSyndrome), p, longTerm: false, log, "cs_clinical_response")
            : null;

    /// <summary>CgA: null unless elevated at baseline (last CgA on or before the first dose above 2 × ULN).</summary>
    public static Outcome? Cga(PatientRecord record, MesenLuthParameters p, DerivationLog log)
    {
        var first = record.FirstDose!.Value;
        var last = record.LastDose!.Value;
        LabResult? baseline = null, post = null;
        foreach (var lab in record.Labs.Where(l => l.Test == LabTest.Cga).OrderBy(l => l.Date))
        {
            if (lab.Date <= first)
                baseline = lab;
            else if (lab.Date > last && post is null)
                post = lab;
        }
        var verdict = log.Try("cga_response", () => ChromograninA.TryAssess(baseline, post, p.Cga), null);
        if (verdict?.Response is not { } response)
            return null;
        log.Add("cga_response", verdict.Explanation);
        return response switch { CgaResponse.Yes => Outcome.Yes, CgaResponse.No => Outcome.No, _ => Outcome.Ne };
    }

    private static ClinicalResponse Assess(PatientRecord record, SymptomDomain domain, IReadOnlyList<SymptomAssessment>? baseline,
        MesenLuthParameters p, bool longTerm, DerivationLog log, string endpoint)
    {
        var last = record.LastDose!.Value;
        var assessments = Assessments(record, domain);
        var evaluation = longTerm
            ? assessments.LastOrDefault(a => a.Key.DayNumber - last.DayNumber >= p.LongTermDays).Value
            : assessments.FirstOrDefault(a => a.Key > last).Value;
        var verdict = log.Try(endpoint, () => SymptomResponse.TryAssess(baseline, evaluation, p.Clinical), null);
        if (verdict is null)
            return ClinicalResponse.Ne;
        log.Add(endpoint, verdict.Explanation);
        return verdict.Response;
    }

    /// <summary>The last assessment of the domain on or before the first dose.</summary>
    private static IReadOnlyList<SymptomAssessment>? Baseline(PatientRecord record, SymptomDomain domain)
    {
        var first = record.FirstDose!.Value;
        return Assessments(record, domain).LastOrDefault(a => a.Key <= first).Value;
    }

    /// <summary>A patient's assessments of one domain: the symptom rows of each date, in date order.</summary>
    private static List<KeyValuePair<DateOnly, IReadOnlyList<SymptomAssessment>>> Assessments(PatientRecord record, SymptomDomain domain)
    {
        var byDate = new SortedDictionary<DateOnly, List<SymptomAssessment>>();
        foreach (var row in record.Symptoms)
        {
            if (row.Domain != domain)
                continue;
            if (!byDate.TryGetValue(row.Date, out var rows))
                byDate[row.Date] = rows = [];
            rows.Add(row);
        }
        return byDate.Select(p => new KeyValuePair<DateOnly, IReadOnlyList<SymptomAssessment>>(p.Key, p.Value)).ToList();
    }
}
