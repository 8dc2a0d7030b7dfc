namespace Lutetia.Criteria.Metabolic;

/// <summary>
/// Thresholds of the EORTC 1999 PET criteria (Young H et al. Eur J Cancer 1999;35:1773-1782);
/// defaults are the published values.
/// </summary>
public sealed record EortcParameters
{
    /// <summary>PMR after exactly one cycle: SUVmax falls by at least this fraction.</summary>
    public decimal ResponseFractionAfterOneCycle { get; init; } = 0.15m;

    /// <summary>PMR after more than one cycle: SUVmax falls by more than this fraction.</summary>
    public decimal ResponseFraction { get; init; } = 0.25m;

    /// <summary>PMD: SUVmax rises by more than this fraction.</summary>
    public decimal ProgressionFraction { get; init; } = 0.25m;

    public static EortcParameters Published { get; } = new();
}
