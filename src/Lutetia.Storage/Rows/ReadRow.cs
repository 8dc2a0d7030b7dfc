using Lutetia.Domain;

namespace Lutetia.Storage;

/// <summary>reads.csv: one reading of one exam by one reader (key: read).</summary>
public sealed class ReadRow : CohortRow
{
    public string ReadId { get; set; } = "";
    public string PatientId { get; set; } = "";
    public DateOnly ExamDate { get; set; }
    public Modality Modality { get; set; }
    public Reader Reader { get; set; }
    public decimal? LiverSulMean { get; set; }
    public decimal? LiverSulSd { get; set; }

    public override string AuditKey => ReadId;
    public override string? AuditPatient => PatientId;

    public static ReadRow From(Read r) => new()
    {
        ReadId = r.Id.Value,
        PatientId = r.Patient.Value,
        ExamDate = r.ExamDate,
        Modality = r.Modality,
        Reader = r.Reader,
        LiverSulMean = r.LiverSulMean,
        LiverSulSd = r.LiverSulSd,
    };

    public Read ToDomain() =>
        new(new ReadId(ReadId), new PatientId(PatientId), ExamDate, Modality, Reader, LiverSulMean, LiverSulSd);
}
