namespace Lutetia.Reporting.Figures;

/// <summary>
/// A forest plot of hazard ratios: a table of the terms and levels with n (events) on the left,
/// each estimate as a square on a logarithmic axis with its 95 % CI, a dashed line at HR = 1, and
/// "HR (95 % CI)" and p on the right. The axis spans the estimates unless its limits are given;
/// an interval beyond them ends in an arrowhead.
/// </summary>
public sealed record ForestModel(IReadOnlyList<ForestRow> Rows)
{
    public string? Title { get; init; }

    public string XAxisTitle { get; init; } = "Hazard ratio (95 % CI), logarithmic scale";

    public string LabelHeading { get; init; } = "Variable";

    /// <summary>Lower end of the axis; null to fit the intervals (down to 0.01).</summary>
    public double? XMin { get; init; }

    /// <summary>Upper end of the axis; null to fit the intervals (up to 100).</summary>
    public double? XMax { get; init; }

    public double WidthMm { get; init; } = 174;
}
