namespace Lutetia.Reporting.Figures;

/// <summary>
/// A Kaplan–Meier figure in the KMunicate style (Morris et al., BMJ Open 2019;9:e030215):
/// step curves with confidence bands and censoring marks, and under the axis a table of the
/// numbers at risk, censored and with an event at each x tick, for each group.
/// </summary>
public sealed record KaplanMeierModel(IReadOnlyList<KaplanMeierGroup> Groups, TimeAxis XAxis)
{
    /// <summary>Title above the plot; none by default (journals set titles in the legend).</summary>
    public string? Title { get; init; }

    public string YAxisTitle { get; init; } = "Survival probability";

    public SurvivalScale YScale { get; init; } = SurvivalScale.Probability;

    public bool ShowConfidenceBands { get; init; } = true;

    public bool ShowCensorMarks { get; init; } = true;

    /// <summary>Dashed lines from the 0.5 level to each reached median and down to the axis.</summary>
    public bool ShowMedianLines { get; init; } = true;

    /// <summary>Final printed width: 174 mm is a full page width, 84 mm a single column.</summary>
    public double WidthMm { get; init; } = 174;

    /// <summary>Height of the plotting area alone (the table adds to it).</summary>
    public double PlotHeightMm { get; init; } = 80;
}
