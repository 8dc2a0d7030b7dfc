namespace Lutetia.Criteria;

/// <summary>
/// Thresholds of the chromogranin A response (mesenluth-protocol.md, "Chromogranin A"); values are
/// compared as multiples of the laboratory's upper limit of normal. Defaults are the protocol's values.
/// </summary>
public sealed record CgaParameters
{
    /// <summary>Elevated at baseline: value / ULN above this.</summary>
    public decimal ElevatedTimesUln { get; init; } = 2m;

    /// <summary>Response: value / ULN falls to at most (1 − this) × the baseline ratio.</summary>
    public decimal ResponseFraction { get; init; } = 0.50m;

    public static CgaParameters Published { get; } = new();
}
