using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lutetia.Reporting.Figures;

namespace Lutetia.Reporting.Tests;

/// <summary>Layout invariants over many generated cohorts: sizes, counts and bounds.</summary>
public class FigurePropertyTests
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, 1_000_000).ToArbitrary();
    private static readonly Arbitrary<int> Widths = Gen.Elements(84, 120, 174).ToArbitrary();

    private static bool LabelsInside(Figure figure, XDocument doc) =>
        doc.Descendants(Svg.Ns + "text").All(t =>
        {
            var (left, top, right, bottom) = Svg.LabelBox(t);
            return left >= 0 && top >= 0 && right <= figure.WidthPt + 0.01 && bottom <= figure.HeightPt + 0.01;
        });

    [Property(MaxTest = 25)]
    public Property Any_waterfall_has_one_bar_per_patient_and_every_label_inside() =>
        Prop.ForAll(Gen.Choose(1, 120).ToArbitrary(), Seeds, Widths, (patients, seed, width) =>
        {
            var random = new Random(seed);
            var bars = Enumerable.Range(0, patients).Select(i => new WaterfallBar(
                "P" + i, Math.Round(-100 + 400 * random.NextDouble() * random.NextDouble(), 1),
                WaterfallModel.RecistCategories[random.Next(4)].Name)).ToList();
            var plot = new WaterfallPlot(new WaterfallModel(bars, WaterfallModel.RecistCategories) { WidthMm = width });
            var doc = Svg.Parse(plot.RenderSvg());
            return Svg.In(doc, "bars", "rect").Count == patients && LabelsInside(plot, doc);
        });

    [Property(MaxTest = 25)]
    public Property Any_swimmer_plot_has_one_lane_per_patient_within_its_height_limit() =>
        Prop.ForAll(Gen.Choose(1, 250).ToArbitrary(), Seeds, Widths, (patients, seed, width) =>
        {
            var model = SampleModels.Swimmer(patients, seed) with { WidthMm = width };
            var plot = new SwimmerPlot(model);
            var doc = Svg.Parse(plot.RenderSvg());
            return Svg.In(doc, "lanes", "rect").Count == patients
                && plot.LanePitchPt * patients <= model.MaxPlotHeightMm * Figure.PointsPerMm + 0.01
                && LabelsInside(plot, doc);
        });

    [Property(MaxTest = 25)]
    public Property Any_kaplan_meier_table_lines_up_with_its_ticks() =>
        Prop.ForAll(Gen.Choose(1, 4).ToArbitrary(), Seeds, Widths, (groups, seed, width) =>
        {
            var axis = new TimeAxis(96, width < 100 ? 24 : 12);
            var model = new KaplanMeierModel(
                [.. Enumerable.Range(0, groups).Select(g => SampleSurvival.Group("Group " + g, 10 + seed % 300, 20 + g * 15, 90, seed + g, axis))],
                axis)
            { WidthMm = width };
            var plot = new KaplanMeierPlot(model);
            var doc = Svg.Parse(plot.RenderSvg());
            var ticks = plot.TickPositionsPt.Select(x => Math.Round(x, 2)).ToArray();
            var numbers = Svg.In(doc, "at-risk", "text").Where(t => (string?)t.Attribute("text-anchor") == "middle").ToList();
            return numbers.Count == groups * ticks.Length
                && numbers.Select((t, i) => Math.Abs(Svg.Number(t, "x") - ticks[i % ticks.Length]) < 0.011).All(ok => ok)
                && LabelsInside(plot, doc);
        });
}
