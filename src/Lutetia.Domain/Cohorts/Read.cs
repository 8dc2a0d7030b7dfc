namespace Lutetia.Domain;

/// <summary>
/// One reading of one imaging exam by one reader (reads.csv). An exam is (patient, exam date,
/// modality); it may have a local read, a central read, or both.
/// </summary>
public sealed record Read(
    ReadId Id,
    PatientId Patient,
    DateOnly ExamDate,
    Modality Modality,
    Reader Reader,
    decimal? LiverSulMean = null,
    decimal? LiverSulSd = null)
{
    /// <summary>CT and MRI are morphologic; SRS and PET are somatostatin-receptor imaging.</summary>
    public bool IsMorphologic => Modality is Modality.Ct or Modality.Mri;
}
