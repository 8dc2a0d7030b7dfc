namespace Lutetia.Reporting.Figures;

/// <summary>
/// A CONSORT/STROBE-style flow of patients (STROBE item 13; CONSORT 2010 flow diagram):
/// screened → excluded (a side box listing each reason with its n) → included → one box per
/// analysed endpoint. The counts must add up: screened = included + excluded, and the reasons
/// sum to the excluded.
/// </summary>
public sealed record FlowDiagramModel(
    FlowBox Screened,
    FlowBox Excluded,
    IReadOnlyList<FlowCount> ExclusionReasons,
    FlowBox Included,
    IReadOnlyList<FlowBox> Analysed)
{
    public string? Title { get; init; }

    public double WidthMm { get; init; } = 174;
}
