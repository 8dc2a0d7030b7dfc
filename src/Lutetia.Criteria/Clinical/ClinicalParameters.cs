namespace Lutetia.Criteria;

/// <summary>
/// Thresholds of the clinical symptom response (mesenluth-protocol.md, "Clinical response", after
/// Al Mansour L et al. J Nucl Med 2024;65:258-263); defaults are the protocol's values.
/// </summary>
public sealed record ClinicalParameters
{
    /// <summary>A symptom worsened when its intensity or frequency rises by more than this fraction.</summary>
    public decimal WorsenedFraction { get; init; } = 0.50m;

    /// <summary>A symptom improved when its intensity or frequency falls by at least this fraction.</summary>
    public decimal ImprovedFraction { get; init; } = 0.50m;

    public static ClinicalParameters Published { get; } = new();
}
