namespace Lutetia.Domain;

/// <summary>
/// One patient of the cohort (patients.csv): who they are, their tumour and its mesenteric mass,
/// how PRRT ended and what is known of them at last news. A null value is "unknown / not recorded".
/// </summary>
public sealed record Patient
{
    public required PatientId Id { get; init; }
    public required CenterId Center { get; init; }
    public required Sex Sex { get; init; }
    public DateOnly? BirthDate { get; init; }
    public DateOnly? DiagnosisDate { get; init; }
    public required PrimarySite PrimarySite { get; init; }
    public required Differentiation Differentiation { get; init; }
    public WhoGrade? WhoGrade { get; init; }
    public decimal? Ki67Percent { get; init; }

    /// <summary>ECOG performance status at first PRRT, 0–4.</summary>
    public int? Ecog { get; init; }

    public bool? CarcinoidSyndrome { get; init; }
    public bool? CarcinoidHeartDisease { get; init; }

    /// <summary>A PRRT course before this one (an exclusion criterion).</summary>
    public required bool PriorPrrt { get; init; }

    /// <summary>The mesenteric mass has a retractile aspect (linear bands radiating into the mesenteric fat).</summary>
    public bool? MmRetractile { get; init; }

    public SmaStage? SmaStage { get; init; }

    /// <summary>Proximal superior mesenteric vein infiltration (Bertani).</summary>
    public bool? SmvProximalInfiltration { get; init; }

    /// <summary>Severe mesenteric fibrosis retraction (Bertani).</summary>
    public bool? SevereMesentericFibrosis { get; init; }

    /// <summary>RECIST progression of the mesenteric mass documented before the first dose.</summary>
    public bool? MmProgressionBeforePrrt { get; init; }

    public PrrtStopReason? PrrtStopReason { get; init; }
    public PrrtStopToxicity? PrrtStopToxicity { get; init; }

    /// <summary>Date the patient was last known alive, or the death date.</summary>
    public required DateOnly LastNewsDate { get; init; }

    public DateOnly? DeathDate { get; init; }
    public DeathCause? DeathCause { get; init; }
}
