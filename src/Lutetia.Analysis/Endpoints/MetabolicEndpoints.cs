using Lutetia.Criteria;
using Lutetia.Criteria.Metabolic;
using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>
/// Metabolic response, baseline SRI exam against the post SRI exam of the same modality
/// (mesenluth-protocol.md, "Metabolic response"): SRS by the Krenning scale, 68Ga PET by EORTC 1999.
/// </summary>
internal static class MetabolicEndpoints
{
    public static Outcome Mm(PatientRecord record, PatientImaging imaging, MesenLuthParameters p, DerivationLog log) =>
        Assess(record, imaging, p, log, "mm_metabolic_response", l => l.IsMesentericMass);

    /// <summary>Null (not applicable) for a patient with no lesion other than the MM.</summary>
    public static Outcome? NonMm(PatientRecord record, PatientImaging imaging, MesenLuthParameters p, DerivationLog log) =>
        record.Lesions.Any(l => !l.IsMesentericMass)
            ? Assess(record, imaging, p, log, "non_mm_metabolic_response", l => !l.IsMesentericMass)
            : null;

    private static Outcome Assess(PatientRecord record, PatientImaging imaging, MesenLuthParameters p, DerivationLog log,
        string endpoint, Func<Lesion, bool> lesions)
    {
        var policy = p.ReaderPolicy;
        if (imaging.BaselineReceptor is not { } baseline || imaging.PostReceptor is not { } post)
        {
            var missing = imaging.BaselineReceptor is null ? "no SRS or PET exam on or before the first dose"
                : $"no {Codes<Modality>.ToCode(imaging.BaselineReceptor.Modality)} exam after the last dose";
            log.Add(endpoint, new Explanation("MesenLuth metabolic response", "ne: missing exam", $"ne: {missing}"));
            return Outcome.Ne;
        }
        ReadId[] reads = [baseline.Representative(policy)!.Id, post.Representative(policy)!.Id];
        return log.Try(endpoint, () => ReadSeries.TryFromRecord(record, reads, lesions).Then(pair => baseline.Modality == Modality.Srs111In
            ? KrenningScale.TryAssess(pair, p.Krenning).Map(krenning =>
            {
                log.Add(endpoint, krenning.Explanation);
                return krenning.Response == KrenningResponse.Ne ? Outcome.Ne : krenning.IsResponder ? Outcome.Yes : Outcome.No;
            })
            : Eortc1999.TryAssess(pair, record.Cycles.Count, p.Eortc).Map(eortc =>
            {
                log.Add(endpoint, eortc.Explanation);
                return eortc.Response == MetabolicResponse.Ne ? Outcome.Ne : eortc.IsResponder ? Outcome.Yes : Outcome.No;
            })), Outcome.Ne);
    }
}
