using Lutetia.Criteria;
using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>
/// The CT/MRI endpoints (mesenluth-protocol.md, "Morphologic response"): the MM per-lesion rule
/// and non-MM RECIST 1.1, each from the baseline exam up to the post exam (the response) and over
/// every follow-up exam (the first progression, for progression-free survival).
/// </summary>
internal static class MorphologicEndpoints
{
    internal sealed record Result(
        MmCourse? Mm,
        decimal? MmPostMm,
        MmReadVerdict? MmFirstProgression,
        bool HasNonMm,
        OverallResponse? NonMmResponse,
        RecistTimePoint? NonMmFirstProgression);

    public static Result Derive(PatientRecord record, PatientImaging imaging, MesenLuthParameters p, DerivationLog log)
    {
        var policy = p.ReaderPolicy;
        var toPost = ReadsOf([imaging.Baseline!, .. imaging.UpToPost], e => e.Representative(policy));
        var all = ReadsOf([imaging.Baseline!, .. imaging.FollowUp], e => e.Representative(policy));

        var mm = log.Try("mm_response", () => ReadSeries.TryFromRecord(record, toPost, IsMass).Then(s => MesentericMassRule.TryAssess(s, p.Mm)), null);
        if (mm is not null)
            log.Add("mm_response", mm.Explanation);
        var mmAll = log.Try("mm_pfs", () => ReadSeries.TryFromRecord(record, all, IsMass).Then(s => MesentericMassRule.TryAssess(s, p.Mm)), null);

        var hasNonMm = record.Lesions.Any(l => !l.IsMesentericMass);
        if (!hasNonMm)
            return new Result(mm, LastShortAxis(mm), mmAll?.FirstProgression, false, null, null);
        var nonMm = log.Try("non_mm_response", () => ReadSeries.TryFromRecord(record, toPost, IsNotMass).Then(s => Recist11.TryAssess(s, p.Recist)), null);
        if (nonMm is not null)
            log.Add("non_mm_response", nonMm.TimePoints.Count == 0
                ? new Explanation("RECIST 1.1", "no follow-up read", "ne: no read after the baseline")
                : nonMm.TimePoints[^1].Explanation);
        var nonMmAll = log.Try("non_mm_pfs", () => ReadSeries.TryFromRecord(record, all, IsNotMass).Then(s => Recist11.TryAssess(s, p.Recist)), null);
        return new Result(mm, LastShortAxis(mm), mmAll?.FirstProgression,
            true, nonMm?.Response ?? OverallResponse.Ne, nonMmAll?.FirstProgression);
    }

    /// <summary>
    /// The responses from the local reads alone and from the central reads alone, for a patient whose
    /// baseline and post exams were both read locally and centrally (mesenluth-protocol.md, "Agreement").
    /// </summary>
    public static ReaderPair? ReaderPair(PatientRecord record, PatientImaging imaging, MesenLuthParameters p, DerivationLog log)
    {
        if (imaging.Baseline is not { Local: not null, Central: not null } || imaging.Post is not { Local: not null, Central: not null })
            return null;
        Exam[] exams = [imaging.Baseline, .. imaging.UpToPost];
        var local = ReadsOf(exams, e => e.Local);
        var central = ReadsOf(exams, e => e.Central);
        var mmLocal = log.Try("agreement", () => ReadSeries.TryFromRecord(record, local, IsMass).Then(s => MesentericMassRule.TryAssess(s, p.Mm)).Map(c => c.Response), MmResponse.Ne);
        var mmCentral = log.Try("agreement", () => ReadSeries.TryFromRecord(record, central, IsMass).Then(s => MesentericMassRule.TryAssess(s, p.Mm)).Map(c => c.Response), MmResponse.Ne);
        if (!record.Lesions.Any(l => !l.IsMesentericMass))
            return new ReaderPair(mmLocal, mmCentral, null, null);
        var nonMmLocal = log.Try("agreement", () => ReadSeries.TryFromRecord(record, local, IsNotMass).Then(s => Recist11.TryAssess(s, p.Recist)).Map(c => c.Response), OverallResponse.Ne);
        var nonMmCentral = log.Try("agreement", () => ReadSeries.TryFromRecord(record, central, IsNotMass).Then(s => Recist11.TryAssess(s, p.Recist)).Map(c => c.Response), OverallResponse.Ne);
        return new ReaderPair(mmLocal, mmCentral, nonMmLocal, nonMmCentral);
    }

    private static ReadId[] ReadsOf(Exam[] exams, Func<Exam, Read?> reader)
    {
        var ids = new List<ReadId>(exams.Length);
        foreach (var exam in exams)
        {
            if (reader(exam) is { } read)
                ids.Add(read.Id);
        }
        return [.. ids];
    }

    private static decimal? LastShortAxis(MmCourse? course) => course is { Reads.Count: > 0 } ? course.Reads[^1].ShortAxisMm : null;

    private static bool IsMass(Lesion lesion) => lesion.IsMesentericMass;

    private static bool IsNotMass(Lesion lesion) => !lesion.IsMesentericMass;
}
