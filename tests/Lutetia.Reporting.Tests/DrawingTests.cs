using System.Buffers.Binary;
using System.Globalization;
using Lutetia.Reporting.Figures;
using Lutetia.Reporting.Figures.Drawing;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Tests;

public class DrawingTests
{
    [Fact]
    public void Svg_numbers_use_a_decimal_point_whatever_the_machine_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            // A French-style culture built by hand: the build runs with invariant globalization.
            var french = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            french.NumberFormat.NumberDecimalSeparator = ",";
            french.NumberFormat.NumberGroupSeparator = "\u202F";
            CultureInfo.CurrentCulture = french;
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture));
            var canvas = new SvgCanvas(100.5, 50.25, "t");
            canvas.Line(new Pt(1.5, 2.25), new Pt(3.125, 4), new Stroke(Palette.Ink, 0.75, 3, 2));
            var svg = canvas.ToString();

            Assert.Contains("x1=\"1.5\" y1=\"2.25\" x2=\"3.13\" y2=\"4\"", svg, StringComparison.Ordinal);
            Assert.Contains("stroke-dasharray=\"3 2\"", svg, StringComparison.Ordinal);
            Assert.Contains("width=\"100.5pt\"", svg, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Svg_text_is_escaped_and_stays_well_formed()
    {
        var canvas = new SvgCanvas(100, 50, "A & B < C");
        canvas.Text("Ki-67 < 3 % & \"G1\"", new Pt(10, 10), TextStyle.Regular(8));
        var doc = Svg.Parse(canvas.ToString());

        Assert.Equal("Ki-67 < 3 % & \"G1\"", doc.Descendants(Svg.Ns + "text").Single().Value);
        Assert.Equal("A & B < C", doc.Descendants(Svg.Ns + "title").Single().Value);
    }

    [Fact]
    public void Clips_get_numbered_ids_that_their_groups_reference()
    {
        var canvas = new SvgCanvas(100, 50, "t");
        canvas.BeginClip(0, 0, 10, 10);
        canvas.EndClip();
        canvas.BeginClip(5, 5, 10, 10);
        canvas.EndClip();
        var svg = canvas.ToString();

        Assert.Contains("<clipPath id=\"clip2\">", svg, StringComparison.Ordinal);
        Assert.Contains("clip-path=\"url(#clip2)\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_inlined_in_one_html_page_keep_distinct_clip_ids()
    {
        var plot = new KaplanMeierPlot(SampleSurvival.TwoGroups());
        var pfs = plot.RenderSvgInline("fig2a");
        var os = plot.RenderSvgInline("fig2b");

        Assert.StartsWith("<svg ", pfs, StringComparison.Ordinal);
        Assert.Contains("id=\"fig2a-clip1\"", pfs, StringComparison.Ordinal);
        Assert.Contains("url(#fig2b-clip1)", os, StringComparison.Ordinal);
        Assert.DoesNotContain("fig2a", os, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => plot.RenderSvgInline("2 figures"));
    }

    [Fact]
    public void The_png_records_its_resolution_in_a_valid_pHYs_chunk()
    {
        var png = new FlowDiagram(SampleModels.Flow(1)).RenderPng(300);
        var chunk = png.AsSpan(33, 21);

        Assert.Equal("pHYs"u8.ToArray(), chunk[4..8].ToArray());
        Assert.Equal(11811u, BinaryPrimitives.ReadUInt32BigEndian(chunk[8..])); // 300 dpi in pixels per metre
        Assert.Equal(PngResolution.Crc32(chunk[4..17]), BinaryPrimitives.ReadUInt32BigEndian(chunk[17..]));
    }

    [Fact]
    public void Crc32_matches_the_png_specifications_value_for_IEND()
    {
        Assert.Equal(0xAE426082u, PngResolution.Crc32("IEND"u8));
    }

    [Fact]
    public void Text_is_measured_with_the_embedded_font_not_the_machines()
    {
        // DejaVu Sans advances: "0" is 0.636 em, and bold is wider than regular.
        Assert.Equal(0.636 * 100, Fonts.Width("0", TextStyle.Regular(100)), 0);
        Assert.True(Fonts.Width("At risk", TextStyle.Heavy(8)) > Fonts.Width("At risk", TextStyle.Regular(8)));
    }

    [Fact]
    public void Wrapping_breaks_at_spaces_then_hyphens_and_keeps_no_break_spaces()
    {
        var style = TextStyle.Regular(9);
        var narrow = Fonts.Width("progression-free", style) - 1;

        Assert.Equal(["progression-", "free survival"], TextWrap.Lines("progression-free survival", style, narrow));
        Assert.Equal(["Included", "(n\u00A0=\u00A052)"], TextWrap.Lines("Included (n\u00A0=\u00A052)", style, Fonts.Width("Included (n", style)));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_hyphenated_and_no_line_overflows()
    {
        var style = TextStyle.Regular(9);
        var lines = TextWrap.Lines("Pseudohypoparathyroidism", style, 40);

        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(Fonts.Width(l, style) <= 40, l));
        Assert.Equal("Pseudohypoparathyroidism", string.Concat(lines.Select(l => l.TrimEnd('-'))));
    }

    [Fact]
    public void Negative_labels_use_a_true_minus_sign()
    {
        Assert.Equal("\u221230", Labels.Signed(-30));
        Assert.Equal("+20", Labels.Signed(20));
        Assert.Equal("0", Labels.Signed(-0.001));
    }

    [Fact]
    public void A_resolution_outside_print_and_screen_use_is_refused()
    {
        var flow = new FlowDiagram(SampleModels.Flow(1));

        Assert.Throws<ArgumentOutOfRangeException>(() => flow.RenderPng(0));
    }
}
