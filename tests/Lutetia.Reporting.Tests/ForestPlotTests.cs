using Lutetia.Reporting.Figures;

namespace Lutetia.Reporting.Tests;

/// <summary>The forest plot of hazard ratios: table, squares on a log axis, CI lines, the line at 1, refusals.</summary>
public sealed class ForestPlotTests
{
    private static readonly ForestRow[] Rows =
    [
        new("Cell type") { IsHeading = true },
        new("adeno") { IsLevel = true, IsReference = true, Count = "27 (26)" },
        new("large") { IsLevel = true, Count = "27 (26)", HazardRatio = 0.468, Lower = 0.261, Upper = 0.840, P = 0.011 },
        new("squamous") { IsLevel = true, Count = "35 (31)", HazardRatio = 0.335, Lower = 0.187, Upper = 0.598, P = 0.0002 },
        new("Karnofsky score") { Count = "137 (128)", HazardRatio = 0.968, Lower = 0.958, Upper = 0.978, P = 1e-9 },
    ];

    private static ForestModel Model(params ForestRow[] rows) => new(rows.Length == 0 ? Rows : rows);

    [Fact]
    public void Each_estimate_is_a_square_on_its_interval_and_the_reference_has_none()
    {
        var doc = Svg.Parse(new ForestPlot(Model()).RenderSvg());
        var squares = Svg.In(doc, "rows", "rect");
        var lines = Svg.In(doc, "rows", "line");

        Assert.Equal(3, squares.Count);
        Assert.Equal(3, lines.Count);
        for (var i = 0; i < 3; i++)
        {
            var centre = Svg.Number(squares[i], "x") + Svg.Number(squares[i], "width") / 2;
            Assert.InRange(centre, Svg.Number(lines[i], "x1"), Svg.Number(lines[i], "x2"));
        }
    }

    [Fact]
    public void The_axis_is_logarithmic_so_half_and_double_are_equally_far_from_one()
    {
        var doc = Svg.Parse(new ForestPlot(Model(
            new ForestRow("a") { HazardRatio = 0.5, Lower = 0.5, Upper = 0.5 },
            new ForestRow("b") { HazardRatio = 2, Lower = 2, Upper = 2 }) with
        { XMin = 0.25, XMax = 4 }).RenderSvg());
        var x = Svg.In(doc, "rows", "rect").Select(r => Svg.Number(r, "x") + Svg.Number(r, "width") / 2).ToArray();
        var ticks = Svg.In(doc, "x-axis", "text").Select(t => t.Value).ToList();
        var one = Svg.In(doc, "x-axis", "line").Skip(1).ElementAt(ticks.IndexOf("1"));

        // The SVG writes coordinates to 0.01 pt.
        Assert.InRange(Math.Abs((Svg.Number(one, "x1") - x[0]) - (x[1] - Svg.Number(one, "x1"))), 0, 0.03);
    }

    [Fact]
    public void The_table_reads_HR_with_its_interval_p_and_reference()
    {
        var texts = Svg.In(Svg.Parse(new ForestPlot(Model()).RenderSvg()), "rows", "text").Select(t => t.Value).ToList();

        Assert.Contains("0.47 (0.26–0.84)", texts);
        Assert.Contains("0.011", texts);
        Assert.Contains("<0.001", texts);
        Assert.Contains("reference", texts);
        Assert.Contains("137 (128)", texts);
    }

    [Fact]
    public void An_interval_beyond_the_axis_ends_in_an_arrowhead()
    {
        var doc = Svg.Parse(new ForestPlot(Model(new ForestRow("wide") { HazardRatio = 3, Lower = 0.5, Upper = 40 }) with { XMax = 10 }).RenderSvg());

        Assert.Single(Svg.In(doc, "rows", "polygon"));
    }

    [Fact]
    public void The_axis_fits_the_intervals_on_the_1_2_5_series_and_keeps_1()
    {
        var ticks = Svg.In(Svg.Parse(new ForestPlot(Model()).RenderSvg()), "x-axis", "text").Select(t => t.Value).ToList();

        Assert.Equal("0.1", ticks[0]);
        Assert.Equal("1", ticks[^1]);
    }

    [Fact]
    public void The_png_has_the_print_width()
    {
        var png = new ForestPlot(Model()).RenderPng(300);

        Assert.Equal(Svg.PngSignature, png[..8]);
        Assert.Equal(2055, Svg.PngSize(png).Width);
    }

    public static TheoryData<string, ForestRow> BadRows => new()
    {
        { "Rows[0].HazardRatio", new ForestRow("x") { HazardRatio = 0, Lower = 0.1, Upper = 1 } },
        { "Rows[0]", new ForestRow("x") { HazardRatio = 2, Lower = 0.5, Upper = 1.5 } },
        { "Rows[0]", new ForestRow("x") { Count = "3 (1)" } },
        { "Rows[0].Label", new ForestRow(" ") { HazardRatio = 1, Lower = 0.5, Upper = 2 } },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void A_bad_row_is_refused_with_the_field_named(string field, ForestRow row)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new ForestPlot(Model(row)));

        Assert.StartsWith(field, error.Message, StringComparison.Ordinal);
    }
}
