namespace Lutetia.Reporting.Figures;

/// <summary>
/// A box of a flow diagram: "Label (n = Count)", with an optional line of counts per centre
/// (for example "Centre A 20, Centre B 32").
/// </summary>
public sealed record FlowBox(string Label, int Count)
{
    public string? CentreCounts { get; init; }
}
