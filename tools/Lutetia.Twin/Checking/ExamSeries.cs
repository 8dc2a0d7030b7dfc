using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>
/// The exams of one patient as the protocol sees them (mesenluth-protocol.md, time anchors): one
/// read per exam, the central read when there is one (or only the chosen reader's reads), CT over
/// MRI on the same date; the baseline and post-PRRT morphologic exams; the receptor-imaging pair.
/// </summary>
internal sealed class ExamSeries
{
    public ExamSeries(PatientRecord record, Reader? only)
    {
        Record = record;
        var first = record.FirstDose ?? DateOnly.MaxValue;
        var last = record.LastDose ?? DateOnly.MaxValue;
        var reads = record.Reads.Where(r => only is null || r.Reader == only).ToArray();
        Morphologic = reads.Where(r => r.IsMorphologic)
            .GroupBy(r => r.ExamDate)
            .Select(g => g.OrderByDescending(r => r.Modality == Modality.Ct).ThenByDescending(r => r.Reader == Reader.Central).First())
            .OrderBy(r => r.ExamDate).ToArray();
        Baseline = Morphologic.LastOrDefault(r => r.ExamDate <= first);
        Post = Morphologic.FirstOrDefault(r => r.ExamDate > last);
        FollowUp = Baseline is null ? [] : Morphologic.Where(r => r.ExamDate > Baseline.ExamDate).ToArray();
        var receptor = reads.Where(r => !r.IsMorphologic)
            .GroupBy(r => (r.ExamDate, r.Modality))
            .Select(g => g.OrderByDescending(r => r.Reader == Reader.Central).First())
            .OrderBy(r => r.ExamDate).ToArray();
        ReceptorBaseline = receptor.LastOrDefault(r => r.ExamDate <= first);
        ReceptorPost = ReceptorBaseline is null ? null
            : receptor.FirstOrDefault(r => r.ExamDate > last && r.Modality == ReceptorBaseline.Modality);
    }

    public PatientRecord Record { get; }
    public IReadOnlyList<Read> Morphologic { get; }
    public Read? Baseline { get; }
    public Read? Post { get; }

    /// <summary>Every CT/MRI exam after the baseline exam, in date order.</summary>
    public IReadOnlyList<Read> FollowUp { get; }

    public Read? ReceptorBaseline { get; }
    public Read? ReceptorPost { get; }

    public Measurement? Of(Read read, LesionId lesion) =>
        Record.MeasurementsOf(read.Id).FirstOrDefault(m => m.Lesion == lesion && !m.IsEmpty);
}
