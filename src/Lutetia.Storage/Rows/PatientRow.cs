using Lutetia.Domain;

namespace Lutetia.Storage;

/// <summary>patients.csv: one patient, by pseudonym only (no name, record number or national ID).</summary>
public sealed class PatientRow : CohortRow
{
    public string PatientId { get; set; } = "";
    public string CenterId { get; set; } = "";
    public Sex Sex { get; set; }
    public DateOnly? BirthDate { get; set; }
    public DateOnly? DiagnosisDate { get; set; }
    public PrimarySite PrimarySite { get; set; }
    public Differentiation Differentiation { get; set; }
    public WhoGrade? WhoGrade { get; set; }
    public decimal? Ki67Percent { get; set; }
    public int? Ecog { get; set; }
    public bool? CarcinoidSyndrome { get; set; }
    public bool? CarcinoidHeartDisease { get; set; }
    public bool PriorPrrt { get; set; }
    public bool? MmRetractile { get; set; }
    public SmaStage? SmaStage { get; set; }
    public bool? SmvProximalInfiltration { get; set; }
    public bool? SevereMesentericFibrosis { get; set; }
    public bool? MmProgressionBeforePrrt { get; set; }
    public PrrtStopReason? PrrtStopReason { get; set; }
    public PrrtStopToxicity? PrrtStopToxicity { get; set; }
    public DateOnly LastNewsDate { get; set; }
    public DateOnly? DeathDate { get; set; }
    public DeathCause? DeathCause { get; set; }

    public override string AuditKey => PatientId;
    public override string? AuditPatient => PatientId;

    public static PatientRow From(Patient p) => new()
    {
        PatientId = p.Id.Value,
        CenterId = p.Center.Value,
        Sex = p.Sex,
        BirthDate = p.BirthDate,
        DiagnosisDate = p.DiagnosisDate,
        PrimarySite = p.PrimarySite,
        Differentiation = p.Differentiation,
        WhoGrade = p.WhoGrade,
        Ki67Percent = p.Ki67Percent,
        Ecog = p.Ecog,
        CarcinoidSyndrome = p.CarcinoidSyndrome,
        CarcinoidHeartDisease = p.CarcinoidHeartDisease,
        PriorPrrt = p.PriorPrrt,
        MmRetractile = p.MmRetractile,
        SmaStage = p.SmaStage,
        SmvProximalInfiltration = p.SmvProximalInfiltration,
        SevereMesentericFibrosis = p.SevereMesentericFibrosis,
        MmProgressionBeforePrrt = p.MmProgressionBeforePrrt,
        PrrtStopReason = p.PrrtStopReason,
        PrrtStopToxicity = p.PrrtStopToxicity,
        LastNewsDate = p.LastNewsDate,
        DeathDate = p.DeathDate,
        DeathCause = p.DeathCause,
    };

    public Patient ToDomain() => new()
    {
        Id = new PatientId(PatientId),
        Center = new CenterId(CenterId),
        Sex = Sex,
        BirthDate = BirthDate,
        DiagnosisDate = DiagnosisDate,
        PrimarySite = PrimarySite,
        Differentiation = Differentiation,
        WhoGrade = WhoGrade,
        Ki67Percent = Ki67Percent,
        Ecog = Ecog,
        CarcinoidSyndrome = CarcinoidSyndrome,
        CarcinoidHeartDisease = CarcinoidHeartDisease,
        PriorPrrt = PriorPrrt,
        MmRetractile = MmRetractile,
        SmaStage = SmaStage,
        SmvProximalInfiltration = SmvProximalInfiltration,
        SevereMesentericFibrosis = SevereMesentericFibrosis,
        MmProgressionBeforePrrt = MmProgressionBeforePrrt,
        PrrtStopReason = PrrtStopReason,
        PrrtStopToxicity = PrrtStopToxicity,
        LastNewsDate = LastNewsDate,
        DeathDate = DeathDate,
        DeathCause = DeathCause,
    };
}
