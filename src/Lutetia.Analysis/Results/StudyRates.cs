using Lutetia.Criteria;
using Lutetia.Criteria.Mesenteric;
using Lutetia.Domain;
using Lutetia.Statistics.Proportions;

namespace Lutetia.Analysis;

/// <summary>
/// The rates of results.json with their numerators and denominators (mesenluth-protocol.md,
/// "Rates"): a patient in the denominator who is <c>ne</c> or has no value is a non-responder.
/// </summary>
internal static class StudyRates
{
    public static IReadOnlyList<NamedRate> Of(PatientEndpoints[] included, double level)
    {
        var mmSymptoms = included.Where(p => p.MmClinicalResponse is not null).ToArray();
        var cs = included.Where(p => p.Record.Patient.CarcinoidSyndrome == true).ToArray();
        var cga = included.Where(p => p.CgaResponse is not null).ToArray();
        var knownResectability = included.Where(p => p.Resectability is not Resectability.Unknown).ToArray();
        return
        [
            Rate("mm_orr", included, p => p.MmResponder),
            Rate("non_mm_orr", included, p => p.NonMmResponder),
            Rate("mm_metabolic_response", included, p => p.MmMetabolicResponse == Outcome.Yes),
            Rate("non_mm_metabolic_response", included, p => p.NonMmMetabolicResponse == Outcome.Yes),
            Rate("mm_clinical_response", mmSymptoms, p => Responds(p.MmClinicalResponse)),
            Rate("mm_clinical_complete", mmSymptoms, p => p.MmClinicalResponse == ClinicalResponse.Complete),
            Rate("mm_clinical_partial", mmSymptoms, p => p.MmClinicalResponse == ClinicalResponse.Partial),
            Rate("mm_clinical_response_long_term", mmSymptoms, p => Responds(p.MmClinicalResponseLongTerm)),
            Rate("cs_clinical_response", cs, p => Responds(p.CsClinicalResponse)),
            Rate("cga_response", cga, p => p.CgaResponse == Outcome.Yes),
            Rate("mm_progression", included, p => p.MmProgressed),
            Rate("unresectable", knownResectability, p => p.Resectability == Resectability.Unresectable),
            Rate("four_cycles", included, p => p.Record.Cycles.Count >= 4),
            Rate("stop_for_toxicity", included, p => p.Record.Patient.PrrtStopReason == PrrtStopReason.Toxicity),
            Rate("complications_during_prrt", included, p => Safety.During(p).Any()),
            Rate("long_term_complications", included, p => Safety.LongTerm(p).Any()),
            Rate("corticosteroids", included, p => Safety.During(p).Any(c => c.Corticosteroids == true)),
            Rate("mm_related_death", included, p => p.Record.Patient.DeathCause == DeathCause.MmRelated),
            Rate("central_review", included, p => p.Record.Reads.Any(r => r.Reader == Reader.Central)),
        ];

        NamedRate Rate(string id, PatientEndpoints[] of, Func<PatientEndpoints, bool> counts) =>
            new(id, Statistics.Proportions.Rate.Exact(of.Count(counts), of.Length, level));
    }

    private static bool Responds(ClinicalResponse? response) => response is ClinicalResponse.Complete or ClinicalResponse.Partial;
}
