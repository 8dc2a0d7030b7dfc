using Lutetia.Reporting.Figures;

namespace Lutetia.Reporting.Tests;

public class LegibilityTests
{
    public static TheoryData<string> Figures => new(SampleFigures.Keys);

    private static readonly Dictionary<string, Func<Figure>> SampleFigures = new()
    {
        ["km"] = () => new KaplanMeierPlot(SampleSurvival.TwoGroups()),
        ["km-single-column"] = () => new KaplanMeierPlot(SampleSurvival.TwoGroups() with { WidthMm = 84, PlotHeightMm = 50, Title = "Progression-free survival by site of progression, MesenLuth twin cohort" }),
        ["waterfall"] = () => new WaterfallPlot(SampleModels.Waterfall()),
        ["waterfall-single-column"] = () => new WaterfallPlot(SampleModels.Waterfall(20) with { WidthMm = 84 }),
        ["swimmer"] = () => new SwimmerPlot(SampleModels.Swimmer()),
        ["swimmer-many"] = () => new SwimmerPlot(SampleModels.Swimmer(150)),
        ["swimmer-single-column"] = () => new SwimmerPlot(SampleModels.Swimmer(12) with { WidthMm = 84 }),
        ["flow"] = () => new FlowDiagram(SampleModels.Flow(6)),
        ["flow-narrow"] = () => new FlowDiagram(SampleModels.Flow(3) with { WidthMm = 100 }),
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Every_label_is_at_least_8_pt_and_lies_wholly_inside_the_figure(string name)
    {
        var figure = SampleFigures[name]();
        var doc = Svg.Parse(figure.RenderSvg());

        foreach (var text in doc.Descendants(Svg.Ns + "text"))
        {
            var size = Svg.Number(text, "font-size");
            Assert.True(size >= 8, $"'{text.Value}' is set in {size} pt");
            var (left, top, right, bottom) = Svg.LabelBox(text);
            Assert.True(left >= 0 && top >= 0 && right <= figure.WidthPt + 0.01 && bottom <= figure.HeightPt + 0.01,
                $"'{text.Value}' reaches ({left:F1}, {top:F1})–({right:F1}, {bottom:F1}) in a {figure.WidthPt:F1} × {figure.HeightPt:F1} pt figure");
        }
    }

    [Theory]
    [MemberData(nameof(Figures))]
    public void No_two_labels_overlap(string name)
    {
        var texts = Svg.Parse(SampleFigures[name]().RenderSvg()).Descendants(Svg.Ns + "text").ToList();
        var boxes = texts.Select(Svg.LabelBox).ToList();

        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var a = boxes[i];
                var b = boxes[j];
                // Glyph boxes include line spacing; 0.5 pt of it may touch the next line's.
                var overlap = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left) > 0.5
                    && Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top) > 0.5;
                Assert.False(overlap, $"'{texts[i].Value}' overlaps '{texts[j].Value}'");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Figures))]
    public void The_svg_is_well_formed_svg_1_1_with_its_print_size(string name)
    {
        var figure = SampleFigures[name]();
        var root = Svg.Parse(figure.RenderSvg()).Root!;

        Assert.Equal(Svg.Ns + "svg", root.Name);
        Assert.Equal("1.1", (string?)root.Attribute("version"));
        Assert.EndsWith("pt", (string)root.Attribute("width")!, StringComparison.Ordinal);
        Assert.Equal(figure.Description, root.Element(Svg.Ns + "title")!.Value);
    }
}
