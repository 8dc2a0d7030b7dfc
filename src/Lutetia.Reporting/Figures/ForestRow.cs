namespace Lutetia.Reporting.Figures;

/// <summary>
/// One line of a forest plot: a heading (a factor's name, no estimate), a reference level
/// (written "reference", HR 1 by construction), or an estimate with its 95 % CI and p.
/// <see cref="Count"/> is the "n (events)" text, e.g. "35 (31)"; levels are indented under their heading.
/// </summary>
public sealed record ForestRow(string Label)
{
    public bool IsHeading { get; init; }

    public bool IsReference { get; init; }

    /// <summary>Drawn indented under the heading above.</summary>
    public bool IsLevel { get; init; }

    public string? Count { get; init; }

    public double? HazardRatio { get; init; }

    public double? Lower { get; init; }

    public double? Upper { get; init; }

    public double? P { get; init; }

    public bool HasEstimate => HazardRatio is not null;
}
