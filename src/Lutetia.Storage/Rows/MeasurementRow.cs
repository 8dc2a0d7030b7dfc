using Lutetia.Domain;

namespace Lutetia.Storage;

/// <summary>
/// measurements.csv: what one read saw of one lesion (key: read, lesion). The patient is stored
/// too, so that the database itself holds the format's rule that the read and the lesion belong
/// to the same patient (two foreign keys share the column).
/// </summary>
public sealed class MeasurementRow : CohortRow
{
    public string ReadId { get; set; } = "";
    public string LesionId { get; set; } = "";
    public string PatientId { get; set; } = "";
    public decimal? DiameterMm { get; set; }
    public bool? TooSmallToMeasure { get; set; }
    public NonTargetStatus? NonTargetStatus { get; set; }
    public int? Krenning { get; set; }
    public decimal? SuvMax { get; set; }
    public decimal? SulPeak { get; set; }

    public override string AuditKey => $"{ReadId}/{LesionId}";
    public override string? AuditPatient => PatientId;

    public static MeasurementRow From(Measurement m, PatientId patient) => new()
    {
        ReadId = m.Read.Value,
        LesionId = m.Lesion.Value,
        PatientId = patient.Value,
        DiameterMm = m.DiameterMm,
        TooSmallToMeasure = m.TooSmallToMeasure,
        NonTargetStatus = m.NonTargetStatus,
        Krenning = m.Krenning,
        SuvMax = m.SuvMax,
        SulPeak = m.SulPeak,
    };

    public Measurement ToDomain() => new()
    {
        Read = new ReadId(ReadId),
        Lesion = new LesionId(LesionId),
        DiameterMm = DiameterMm,
        TooSmallToMeasure = TooSmallToMeasure,
        NonTargetStatus = NonTargetStatus,
        Krenning = Krenning,
        SuvMax = SuvMax,
        SulPeak = SulPeak,
    };
}
