using Lutetia.Reporting.Figures.Drawing;

namespace Lutetia.Reporting.Figures;

/// <summary>
/// A waterfall plot: one bar per patient, sorted from the largest increase to the largest
/// decrease, coloured by category, with dashed reference lines at the progression (+20 %) and
/// response (−30 %) thresholds of RECIST 1.1 §4.3.1. Bars beyond the y range are cut and marked.
/// </summary>
public sealed record WaterfallModel(IReadOnlyList<WaterfallBar> Bars, IReadOnlyList<CategoryStyle> Categories)
{
    /// <summary>RECIST's four categories in the colours used across Lutetia's figures.</summary>
    public static IReadOnlyList<CategoryStyle> RecistCategories { get; } =
    [
        new("Progressive disease", Palette.Vermillion),
        new("Stable disease", Rgb.FromHex("#9A9A9A")),
        new("Partial response", Palette.SkyBlue),
        new("Complete response", Palette.Blue),
    ];

    public string? Title { get; init; }

    public string YAxisTitle { get; init; } = "Change in mesenteric-mass diameter from baseline (%)";

    /// <summary>Under the bars; "(n = …)" is appended.</summary>
    public string XAxisTitle { get; init; } = "Patients, from largest increase to largest decrease";

    /// <summary>Bottom of the y axis; a diameter cannot fall by more than 100 %.</summary>
    public double YMinPercent { get; init; } = -100;

    /// <summary>Top of the y axis; taller bars are cut there and their value written above.</summary>
    public double YMaxPercent { get; init; } = 100;

    /// <summary>Dashed line for progression (RECIST 1.1: +20 %).</summary>
    public double ProgressionLinePercent { get; init; } = 20;

    /// <summary>Dashed line for partial response (RECIST 1.1: −30 %).</summary>
    public double ResponseLinePercent { get; init; } = -30;

    public double WidthMm { get; init; } = 174;

    public double PlotHeightMm { get; init; } = 80;
}
