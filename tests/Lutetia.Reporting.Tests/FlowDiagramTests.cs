using Lutetia.Reporting.Figures;
using Lutetia.Reporting.Figures.Drawing;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Tests;

public class FlowDiagramTests
{
    [Fact]
    public void There_is_a_box_for_screened_excluded_included_and_each_analysis()
    {
        var doc = Svg.Parse(new FlowDiagram(SampleModels.Flow(4)).RenderSvg());

        Assert.Equal(3 + 4, Svg.In(doc, "flow-boxes", "rect").Count);
        Assert.Equal(2 + 4, Svg.In(doc, "arrows", "polygon").Count);
    }

    [Fact]
    public void Counts_and_each_exclusion_reason_are_written()
    {
        var doc = Svg.Parse(new FlowDiagram(SampleModels.Flow(2)).RenderSvg());
        var text = string.Join(" ", Svg.In(doc, "flow-boxes", "text").Select(t => t.Value)).Replace('\u00A0', ' ');

        Assert.Contains("Excluded (n = 9)", text, StringComparison.Ordinal);
        Assert.Contains("Included (n = 52)", text, StringComparison.Ordinal);
        Assert.Contains("Centre A 30, centre B 22", text, StringComparison.Ordinal);
        Assert.Contains("(n = 4)", text, StringComparison.Ordinal);
        Assert.Contains("(n = 3)", text, StringComparison.Ordinal);
        Assert.Contains("(n = 2)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(6)]
    public void Every_line_of_text_fits_inside_its_box(int analyses)
    {
        var doc = Svg.Parse(new FlowDiagram(SampleModels.Flow(analyses) with { WidthMm = 120 }).RenderSvg());
        var boxes = Svg.In(doc, "flow-boxes", "rect").Select(r =>
            (X: Svg.Number(r, "x"), Y: Svg.Number(r, "y"), W: Svg.Number(r, "width"), H: Svg.Number(r, "height"))).ToList();

        foreach (var text in Svg.In(doc, "flow-boxes", "text"))
        {
            var x = Svg.Number(text, "x");
            var y = Svg.Number(text, "y");
            var style = new TextStyle(Svg.Number(text, "font-size"), text.Attribute("font-weight") is not null, Palette.Ink);
            var width = Fonts.Width(text.Value, style);
            var left = (string?)text.Attribute("text-anchor") == "middle" ? x - width / 2 : x;
            Assert.Contains(boxes, b => left >= b.X && left + width <= b.X + b.W + 0.01 && y > b.Y && y < b.Y + b.H);
        }
    }

    [Fact]
    public void Counts_that_do_not_add_up_are_refused()
    {
        var model = SampleModels.Flow(2);

        var screened = Assert.ThrowsAny<ArgumentException>(() => new FlowDiagram(model with { Screened = model.Screened with { Count = 60 } }));
        var reasons = Assert.ThrowsAny<ArgumentException>(() => new FlowDiagram(model with { ExclusionReasons = [new FlowCount("Other", 8)] }));
        var analysed = Assert.ThrowsAny<ArgumentException>(() => new FlowDiagram(model with { Analysed = [new FlowBox("Overall survival", 53)] }));

        Assert.Equal("Screened.Count", screened.ParamName);
        Assert.Equal("ExclusionReasons", reasons.ParamName);
        Assert.Equal("Analysed[0].Count", analysed.ParamName);
    }

    [Fact]
    public void A_negative_count_or_blank_label_is_refused()
    {
        var model = SampleModels.Flow(2);

        var negative = Assert.ThrowsAny<ArgumentException>(() => new FlowDiagram(model with { ExclusionReasons = [new FlowCount("Other", -1), new FlowCount("More", 10)] }));
        var blank = Assert.ThrowsAny<ArgumentException>(() => new FlowDiagram(model with { Analysed = [new FlowBox(" ", 1)] }));

        Assert.Equal("ExclusionReasons[0].Count", negative.ParamName);
        Assert.Equal("Analysed[0].Label", blank.ParamName);
    }

    [Fact]
    public void The_png_has_the_signature_and_the_requested_size_and_the_svg_is_deterministic()
    {
        var flow = new FlowDiagram(SampleModels.Flow());
        var png = flow.RenderPng(300);

        Assert.Equal(Svg.PngSignature, png[..8]);
        Assert.Equal(flow.PixelSizeAt(300), new PixelSize(Svg.PngSize(png).Width, Svg.PngSize(png).Height));
        Assert.Equal(flow.RenderSvg(), new FlowDiagram(SampleModels.Flow()).RenderSvg());
    }
}
