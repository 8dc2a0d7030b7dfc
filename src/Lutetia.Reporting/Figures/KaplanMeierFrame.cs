using Lutetia.Domain;
using Lutetia.Reporting.Figures.Drawing;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>
/// The horizontal layout of a Kaplan–Meier plot: the ticks, colours, legend entries, y-axis
/// labels, the at-risk table and the plot's left and right edges, once it is known that the
/// numbers under the ticks do not touch.
/// </summary>
internal sealed record KaplanMeierFrame(
    KaplanMeierModel Model,
    double[] Ticks,
    Rgb[] Colors,
    List<LegendEntry> Legend,
    double Width,
    FigureTitle Title,
    string[] YLabels,
    List<string> YTitle,
    KaplanMeierTable Table,
    double PlotLeft,
    double PlotRight)
{
    /// <summary>The layout of a valid model (a fault of the model throws), or the refusal of a tick interval too short for its numbers.</summary>
    public static Attempt<KaplanMeierFrame> TryOf(KaplanMeierModel model)
    {
        KaplanMeierChecks.Validate(model);
        var ticks = model.XAxis.TickTimes();
        var colors = new Rgb[model.Groups.Count];
        var entries = new List<LegendEntry>(model.Groups.Count);
        for (var g = 0; g < model.Groups.Count; g++)
        {
            var color = model.Groups[g].Color ?? Palette.Series(g);
            colors[g] = color;
            var banded = model.ShowConfidenceBands && model.Groups[g].Lower is not null;
            entries.Add(new LegendEntry(model.Groups[g].Label, (c, p) => KaplanMeierPlot.LegendSwatch(c, p, color, banded), Guard.At("Groups", g) + ".Label"));
        }

        var pad = FigureFonts.Pad;
        var width = model.WidthMm * Figure.PointsPerMm;
        var title = new FigureTitle(model.Title, width);
        var plotHeight = model.PlotHeightMm * Figure.PointsPerMm;
        string[] yLabels = model.YScale == SurvivalScale.Percent
            ? ["0", "25", "50", "75", "100"]
            : ["0.00", "0.25", "0.50", "0.75", "1.00"];
        var yTitle = Axes.WrapVerticalTitle(model.YAxisTitle, plotHeight);
        var table = new KaplanMeierTable(model.Groups, colors);

        var leftForAxis = pad + Axes.VerticalTitleWidth(yTitle.Count) + 4 + Axes.LeftLabelsWidth(yLabels);
        var plotLeft = Math.Max(leftForAxis, pad + table.LabelColumnWidth + table.HalfNumberWidth(0));
        var lastTick = ticks.Length - 1;
        // Room for the last column's numbers to stand centred on their tick (kept even when the
        // tick falls short of the axis end, which only adds a little white space).
        var rightOverhang = Math.Max(Fonts.Width(Labels.Number(ticks[lastTick]), FigureFonts.Tick) / 2, table.HalfNumberWidth(lastTick));
        var plotRight = width - pad - Math.Max(rightOverhang, 4);
        var widestColumn = 0.0;
        for (var i = 0; i < ticks.Length; i++)
            widestColumn = Math.Max(widestColumn, 2 * Math.Max(table.HalfNumberWidth(i), Fonts.Width(Labels.Number(ticks[i]), FigureFonts.Tick) / 2));
        if (Axes.TicksFit((plotRight - plotLeft) * model.XAxis.TickIntervalMonths / model.XAxis.MaxMonths, widestColumn, "XAxis.TickIntervalMonths") is { } refusal)
            return refusal;
        return new KaplanMeierFrame(model, ticks, colors, entries, width, title, yLabels, yTitle, table, plotLeft, plotRight);
    }
}
