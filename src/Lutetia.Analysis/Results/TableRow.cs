namespace Lutetia.Analysis;

/// <summary>
/// One row of a results table (outputs.md, results.json <c>tables</c>): a categorical row n of N
/// with its percentage, or a continuous row median (min–max) over N values.
/// </summary>
public sealed record TableRow(string Id, int Of)
{
    public int? N { get; init; }
    public double? Percent => N is { } n && Of > 0 ? 100.0 * n / Of : null;
    public double? Median { get; init; }
    public double? Minimum { get; init; }
    public double? Maximum { get; init; }
    public bool IsContinuous => N is null;
}
