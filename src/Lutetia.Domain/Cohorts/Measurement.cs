namespace Lutetia.Domain;

/// <summary>
/// What one read saw of one lesion (measurements.csv). Which values may be filled depends on the
/// read's modality and the lesion's role; a measurement with no value means "not assessed".
/// </summary>
public sealed record Measurement
{
    public required ReadId Read { get; init; }
    public required LesionId Lesion { get; init; }

    /// <summary>CT/MRI: RECIST diameter (long axis, short axis if nodal); 0 = disappeared.</summary>
    public decimal? DiameterMm { get; init; }

    /// <summary>CT/MRI: present but too small to measure (RECIST counts 5 mm).</summary>
    public bool? TooSmallToMeasure { get; init; }

    /// <summary>CT/MRI: status of a non-target (or new) lesion.</summary>
    public NonTargetStatus? NonTargetStatus { get; init; }

    /// <summary>SRS or PET: Krenning uptake grade 0–4.</summary>
    public int? Krenning { get; init; }

    /// <summary>PET: SUVmax; 0 = uptake no longer distinguishable from background.</summary>
    public decimal? SuvMax { get; init; }

    /// <summary>PET: SULpeak (PERCIST).</summary>
    public decimal? SulPeak { get; init; }

    /// <summary>True when the row records no value at all: the lesion was not assessed at that read.</summary>
    public bool IsEmpty =>
        DiameterMm is null && TooSmallToMeasure is null && NonTargetStatus is null
        && Krenning is null && SuvMax is null && SulPeak is null;
}
