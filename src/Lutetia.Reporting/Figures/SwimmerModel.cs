namespace Lutetia.Reporting.Figures;

/// <summary>
/// A swimmer plot: a lane per patient, longest follow-up at the top, with markers for the PRRT
/// cycles, the first response, progression, death, and an arrow for patients alive at last news.
/// Lanes get thinner as patients are added so the plot keeps within <see cref="MaxPlotHeightMm"/>;
/// patient labels are shown while they stay legible at 8 pt.
/// </summary>
public sealed record SwimmerModel(IReadOnlyList<SwimmerLane> Lanes, TimeAxis XAxis)
{
    public string? Title { get; init; }

    public string YAxisTitle { get; init; } = "Patients";

    /// <summary>Lane colours with their legend names; lanes without a category are grey-blue.</summary>
    public IReadOnlyList<CategoryStyle> LaneCategories { get; init; } = [];

    public double WidthMm { get; init; } = 174;

    /// <summary>The tallest the lane area may grow (a journal page is about 230 mm high).</summary>
    public double MaxPlotHeightMm { get; init; } = 190;
}
