namespace Lutetia.Criteria.Metabolic;

/// <summary>
/// Thresholds of PERCIST 1.0 (Wahl RL et al. J Nucl Med 2009;50 Suppl 1:122S-150S); defaults are the
/// published values.
/// </summary>
public sealed record PercistParameters
{
    /// <summary>Measurable: SULpeak ≥ this × liver mean SUL …</summary>
    public decimal MeasurableLiverMeanFactor { get; init; } = 1.5m;

    /// <summary>… + this × liver SUL standard deviation.</summary>
    public decimal MeasurableLiverSdFactor { get; init; } = 2m;

    /// <summary>PMR: the hottest SULpeak falls by at least this fraction …</summary>
    public decimal ResponseFraction { get; init; } = 0.30m;

    /// <summary>PMD: the hottest SULpeak rises by more than this fraction …</summary>
    public decimal ProgressionFraction { get; init; } = 0.30m;

    /// <summary>… and, for both, by at least this many SUL units.</summary>
    public decimal MinimumChangeSul { get; init; } = 0.8m;

    public static PercistParameters Published { get; } = new();
}
