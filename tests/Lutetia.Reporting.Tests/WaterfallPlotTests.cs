using Lutetia.Reporting.Figures;

namespace Lutetia.Reporting.Tests;

public class WaterfallPlotTests
{
    private static WaterfallModel Model(params WaterfallBar[] bars) => new(bars, WaterfallModel.RecistCategories);

    private static readonly WaterfallBar[] Four =
    [
        new("P1", -35, "Partial response"),
        new("P2", 25, "Progressive disease"),
        new("P3", -5, "Stable disease"),
        new("P4", 180, "Progressive disease"),
    ];

    [Fact]
    public void There_is_one_bar_per_patient()
    {
        var doc = Svg.Parse(new WaterfallPlot(SampleModels.Waterfall()).RenderSvg());

        Assert.Equal(52, Svg.In(doc, "bars", "rect").Count);
    }

    [Fact]
    public void Bars_run_from_the_largest_increase_to_the_largest_decrease_in_their_category_colour()
    {
        var doc = Svg.Parse(new WaterfallPlot(Model(Four)).RenderSvg());
        var bars = Svg.In(doc, "bars", "rect");
        var zero = Svg.In(doc, "bars", "rect").Select(r => Svg.Number(r, "y") + Svg.Number(r, "height")).First();

        // Increases rise from the zero line (their bottom edge is on it); decreases hang from it.
        var signedHeights = bars.Select(r => Math.Abs(Svg.Number(r, "y") + Svg.Number(r, "height") - zero) < 0.02
            ? Svg.Number(r, "height") : -Svg.Number(r, "height")).ToArray();
        Assert.True(signedHeights[0] > signedHeights[1] && signedHeights[1] > 0 && signedHeights[2] < 0 && signedHeights[3] < signedHeights[2]);
        Assert.Equal(["#d55e00", "#d55e00", "#9a9a9a", "#56b4e9"], bars.Select(r => (string)r.Attribute("fill")!));
    }

    [Fact]
    public void A_bar_beyond_the_axis_is_cut_and_labelled_with_its_true_value()
    {
        var doc = Svg.Parse(new WaterfallPlot(Model(Four)).RenderSvg());

        Assert.Equal(["+180\u00A0%"], Svg.In(doc, "caps", "text").Select(t => t.Value));
        Assert.Single(Svg.In(doc, "caps", "polygon"));
    }

    [Fact]
    public void Several_cut_bars_are_listed_in_bar_order_on_one_line_above_them()
    {
        var doc = Svg.Parse(new WaterfallPlot(Model([.. Four, new("P5", 320, "Progressive disease")]) with { YMaxPercent = 50 }).RenderSvg());

        Assert.Equal(["+320\u00A0%, +180\u00A0%"], Svg.In(doc, "caps", "text").Select(t => t.Value));
        Assert.Equal(2, Svg.In(doc, "caps", "polygon").Count);
    }

    [Fact]
    public void With_a_raised_floor_large_decreases_are_cut_at_the_bottom_too()
    {
        var doc = Svg.Parse(new WaterfallPlot(Model(Four) with { YMinPercent = -32 }).RenderSvg());

        Assert.Equal(["+180\u00A0%", "\u221235\u00A0%"], Svg.In(doc, "caps", "text").Select(t => t.Value));
    }

    [Fact]
    public void Dashed_reference_lines_mark_plus_20_and_minus_30_percent()
    {
        var doc = Svg.Parse(new WaterfallPlot(Model(Four)).RenderSvg());

        Assert.Equal(2, Svg.In(doc, "reference-lines", "line").Count(l => l.Attribute("stroke-dasharray") is not null));
        Assert.Equal(["+20 %", "\u221230 %"], Svg.In(doc, "reference-lines", "text").Select(t => t.Value));
    }

    [Fact]
    public void The_legend_lists_the_categories_present_in_their_order()
    {
        var doc = Svg.Parse(new WaterfallPlot(Model(Four)).RenderSvg());

        Assert.Equal(["Progressive disease", "Stable disease", "Partial response"], Svg.In(doc, "legend", "text").Select(t => t.Value));
    }

    [Fact]
    public void The_y_axis_says_what_is_measured_and_its_unit()
    {
        var doc = Svg.Parse(new WaterfallPlot(Model(Four)).RenderSvg());
        var title = string.Join(" ", Svg.In(doc, "y-title", "text").Select(t => t.Value));

        Assert.Equal("Change in mesenteric-mass diameter from baseline (%)", title);
    }

    [Fact]
    public void The_png_has_the_signature_and_the_requested_size()
    {
        var plot = new WaterfallPlot(SampleModels.Waterfall());
        var png = plot.RenderPng(300);

        Assert.Equal(Svg.PngSignature, png[..8]);
        Assert.Equal(2055, Svg.PngSize(png).Width); // 174 mm at 300 dpi
        Assert.Equal(plot.PixelSizeAt(300).Height, Svg.PngSize(png).Height);
    }

    [Fact]
    public void The_same_model_gives_the_same_svg()
    {
        Assert.Equal(new WaterfallPlot(SampleModels.Waterfall()).RenderSvg(), new WaterfallPlot(SampleModels.Waterfall()).RenderSvg());
    }

    public static TheoryData<string, WaterfallBar> BadBars => new()
    {
        { "Bars[1].ChangePercent", new WaterfallBar("P9", double.NaN, "Stable disease") },
        { "Bars[1].ChangePercent", new WaterfallBar("P9", -120, "Partial response") },
        { "Bars[1].Category", new WaterfallBar("P9", 10, "Mixed") },
        { "Bars[1].PatientId", new WaterfallBar("", 10, "Stable disease") },
    };

    [Theory]
    [MemberData(nameof(BadBars))]
    public void A_bad_bar_is_refused_with_the_field_named(string field, WaterfallBar bar)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new WaterfallPlot(Model(Four[0], bar)));

        Assert.Equal(field, error.ParamName);
    }

    [Fact]
    public void A_plot_without_bars_is_refused()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new WaterfallPlot(Model()));

        Assert.Equal("Bars", error.ParamName);
    }
}
