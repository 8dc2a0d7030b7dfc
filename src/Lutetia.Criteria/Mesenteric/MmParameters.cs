namespace Lutetia.Criteria.Mesenteric;

/// <summary>
/// Thresholds of the MesenLuth mesenteric-mass rule (Al Mansour L et al. J Nucl Med
/// 2024;65:258-263): the RECIST 1.1 thresholds applied to one lesion. Defaults are the published values.
/// </summary>
public sealed record MmParameters
{
    /// <summary>CR: short axis below this (a normal node, RECIST 1.1 §4.3.1).</summary>
    public decimal NormalShortAxisMm { get; init; } = 10m;

    /// <summary>PD: a rise of at least this fraction over the nadir…</summary>
    public decimal ProgressionFraction { get; init; } = 0.20m;

    /// <summary>…and of at least this many millimetres.</summary>
    public decimal ProgressionMinimumMm { get; init; } = 5m;

    /// <summary>PR: a fall of at least this fraction from baseline.</summary>
    public decimal PartialResponseFraction { get; init; } = 0.30m;

    /// <summary>A mass present but too small to measure counts this short axis (RECIST 1.1 appendix).</summary>
    public decimal TooSmallToMeasureMm { get; init; } = 5m;

    public static MmParameters Published { get; } = new();
}
