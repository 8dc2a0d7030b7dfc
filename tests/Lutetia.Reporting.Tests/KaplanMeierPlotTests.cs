using Lutetia.Reporting.Figures;

namespace Lutetia.Reporting.Tests;

public class KaplanMeierPlotTests
{
    private static readonly TimeAxis Axis = new(24, 12);

    private static KaplanMeierGroup Simple(string label = "Overall survival") =>
        new(label, [0, 5, 10, 20], [1, 0.8, 0.6, 0.4], [3, 12, 22], [10, 6, 2], [0, 1, 2], [0, 3, 6])
        {
            Lower = [1, 0.6, 0.4, 0.2],
            Upper = [1, 0.95, 0.8, 0.6],
            MedianMonths = 20,
        };

    private static KaplanMeierModel Model(params KaplanMeierGroup[] groups) => new(groups, Axis);

    [Fact]
    public void The_svg_is_well_formed_and_has_a_curve_and_band_per_group()
    {
        var doc = Svg.Parse(new KaplanMeierPlot(SampleSurvival.TwoGroups()).RenderSvg());

        Assert.Equal(2, Svg.In(doc, "curve", "polyline").Count);
        Assert.Equal(2, Svg.In(doc, "confidence-band", "polygon").Count);
    }

    [Fact]
    public void Numbers_at_risk_censored_and_events_sit_exactly_under_the_x_ticks()
    {
        var plot = new KaplanMeierPlot(SampleSurvival.TwoGroups());
        var doc = Svg.Parse(plot.RenderSvg());
        var tickX = Svg.In(doc, "x-axis", "line").Skip(1).Select(l => Svg.Number(l, "x1")).ToArray();
        Assert.Equal(7, tickX.Length);

        foreach (var row in new[] { "at-risk", "censored", "events" })
        {
            var numbers = Svg.In(doc, row, "text").Where(t => (string?)t.Attribute("text-anchor") == "middle").ToList();
            Assert.Equal(2 * tickX.Length, numbers.Count);
            for (var i = 0; i < numbers.Count; i++)
                Assert.Equal(tickX[i % tickX.Length], Svg.Number(numbers[i], "x"), 2);
        }
        Assert.Equal(plot.TickPositionsPt.Select(x => Math.Round(x, 2)), tickX);
    }

    [Fact]
    public void The_table_shows_the_callers_counts_in_tick_order()
    {
        var doc = Svg.Parse(new KaplanMeierPlot(Model(Simple())).RenderSvg());
        string[] Row(string role) => [.. Svg.In(doc, role, "text").Select(t => t.Value)];

        Assert.Equal(["At risk", "10", "6", "2"], Row("at-risk"));
        Assert.Equal(["Censored", "0", "1", "2"], Row("censored"));
        Assert.Equal(["Events", "0", "3", "6"], Row("events"));
    }

    [Fact]
    public void Legend_and_table_headings_name_every_group()
    {
        var doc = Svg.Parse(new KaplanMeierPlot(SampleSurvival.TwoGroups()).RenderSvg());
        var legend = Svg.In(doc, "legend", "text").Select(t => t.Value).ToList();

        Assert.Equal(["MM-related PFS", "Non-MM PFS"], legend);
        var table = Svg.In(doc, "risk-table", "text").Select(t => t.Value).ToList();
        Assert.Contains("MM-related PFS", table);
        Assert.Contains("Non-MM PFS", table);
    }

    [Fact]
    public void Without_bands_neither_the_plot_nor_the_legend_shows_one()
    {
        var doc = Svg.Parse(new KaplanMeierPlot(SampleSurvival.TwoGroups() with { ShowConfidenceBands = false }).RenderSvg());

        Assert.Empty(Svg.In(doc, "confidence-band", "polygon"));
        Assert.Empty(Svg.In(doc, "legend", "rect"));
        Assert.Equal(2, Svg.In(doc, "legend", "line").Count);
    }

    [Fact]
    public void Each_censoring_inside_the_axis_gets_a_mark_on_the_curve()
    {
        var doc = Svg.Parse(new KaplanMeierPlot(Model(Simple() with { CensorTimesMonths = [3, 12, 22, 30] })).RenderSvg());

        Assert.Equal(3, Svg.In(doc, "censor-marks", "line").Count);
    }

    [Fact]
    public void A_curve_of_a_hundred_thousand_steps_stays_a_small_svg_with_the_same_end_points()
    {
        const int n = 100_000;
        var times = new double[n];
        var survival = new double[n];
        var censors = new double[n];
        for (var i = 0; i < n; i++)
        {
            times[i] = 24.0 * i / n;
            survival[i] = 1 - 0.9 * i / n;
            censors[i] = 24.0 * (i + 0.5) / n;
        }
        var group = new KaplanMeierGroup("Registry", times, survival, censors, [n, n / 2, 0], [0, 10, 20], [0, 100, 200]);
        var plot = new KaplanMeierPlot(Model(group) with { ShowConfidenceBands = false });

        var svg = plot.RenderSvg();
        var curve = Svg.In(Svg.Parse(svg), "curve", "polyline").Single();
        var points = ((string)curve.Attribute("points")!).Split(' ');

        Assert.True(svg.Length < 1_000_000, $"{svg.Length} characters");
        Assert.True(points.Length < 20_000, $"{points.Length} points");
        Assert.Equal(plot.TickPositionsPt[0], double.Parse(points[0].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture), 2);
        Assert.Equal(plot.TickPositionsPt[^1], double.Parse(points[^1].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture), 2);
    }

    [Fact]
    public void A_median_not_reached_draws_no_median_line()
    {
        var reached = Svg.Parse(new KaplanMeierPlot(Model(Simple())).RenderSvg());
        var notReached = Svg.Parse(new KaplanMeierPlot(Model(Simple() with { MedianMonths = null })).RenderSvg());

        Assert.Single(Svg.In(reached, "median-lines", "polyline"));
        Assert.Empty(Svg.In(notReached, "median-lines", "polyline"));
    }

    [Fact]
    public void The_percent_scale_labels_the_axis_0_to_100()
    {
        var doc = Svg.Parse(new KaplanMeierPlot(Model(Simple()) with { YScale = SurvivalScale.Percent }).RenderSvg());

        Assert.Equal(["0", "25", "50", "75", "100"], Svg.In(doc, "y-axis", "text").Select(t => t.Value));
    }

    [Fact]
    public void The_png_has_the_signature_and_the_pixel_size_of_the_print_width_at_300_dpi()
    {
        var plot = new KaplanMeierPlot(Model(Simple()) with { WidthMm = 84 });
        var png = plot.RenderPng(300);

        Assert.Equal(Svg.PngSignature, png[..8]);
        Assert.Equal(992, Svg.PngSize(png).Width); // 84 mm = 3.307 in × 300 dpi
        Assert.Equal(plot.PixelSizeAt(300), new PixelSize(Svg.PngSize(png).Width, Svg.PngSize(png).Height));
    }

    [Fact]
    public void The_same_model_gives_the_same_svg_and_png()
    {
        Assert.Equal(new KaplanMeierPlot(SampleSurvival.TwoGroups()).RenderSvg(), new KaplanMeierPlot(SampleSurvival.TwoGroups()).RenderSvg());
        Assert.Equal(new KaplanMeierPlot(Model(Simple())).RenderPng(96), new KaplanMeierPlot(Model(Simple())).RenderPng(96));
    }

    public static TheoryData<string, Func<KaplanMeierGroup, KaplanMeierGroup>> BadGroups => new()
    {
        { "Groups[0].Survival[2]", g => g with { Survival = [1, 0.8, double.NaN, 0.4] } },
        { "Groups[0].Survival[1]", g => g with { Survival = [1, 1.2, 0.6, 0.4], Lower = null, Upper = null } },
        { "Groups[0].TimeMonths[1]", g => g with { TimeMonths = [0, -5, 10, 20] } },
        { "Groups[0].TimeMonths", g => g with { TimeMonths = [], Survival = [], Lower = null, Upper = null } },
        { "Groups[0].TimeMonths[2]", g => g with { TimeMonths = [0, 10, 5, 20] } },
        { "Groups[0].Survival[2]", g => g with { Survival = [1, 0.6, 0.8, 0.4], Lower = null, Upper = null } },
        { "Groups[0].CensorTimesMonths[0]", g => g with { CensorTimesMonths = [double.PositiveInfinity] } },
        { "Groups[0].AtRisk", g => g with { AtRisk = [10, 6] } },
        { "Groups[0].Events[1]", g => g with { Events = [0, -3, 6] } },
        { "Groups[0].Lower[1]", g => g with { Lower = [1, 0.9, 0.4, 0.2] } },
        { "Groups[0].Upper", g => g with { Upper = null } },
        { "Groups[0].Label", g => g with { Label = " " } },
        { "Groups[0].MedianMonths", g => g with { MedianMonths = double.NaN } },
    };

    [Theory]
    [MemberData(nameof(BadGroups))]
    public void A_bad_value_is_refused_with_the_field_named(string field, Func<KaplanMeierGroup, KaplanMeierGroup> spoil)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new KaplanMeierPlot(Model(spoil(Simple()))));

        Assert.Equal(field, error.ParamName);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_groups_is_refused()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new KaplanMeierPlot(Model()));

        Assert.Equal("Groups", error.ParamName);
    }

    [Fact]
    public void Ticks_too_close_for_their_table_numbers_are_refused_rather_than_overprinted()
    {
        var axis = new TimeAxis(120, 3);
        var group = SampleSurvival.Group("Overall survival", 52, 40, 110, seed: 3, axis);

        var error = Assert.ThrowsAny<ArgumentException>(() => new KaplanMeierPlot(new KaplanMeierModel([group], axis) { WidthMm = 84 }));

        Assert.Equal("XAxis.TickIntervalMonths", error.ParamName);
    }

    [Fact]
    public void A_group_label_too_long_for_the_figure_is_refused_rather_than_cut_off()
    {
        var label = string.Join(" ", Enumerable.Repeat("progression-free", 12));

        var error = Assert.ThrowsAny<ArgumentException>(() => new KaplanMeierPlot(Model(Simple(), Simple(label)) with { WidthMm = 84 }));

        Assert.Equal("Groups[1].Label", error.ParamName);
    }

    [Fact]
    public void A_zero_tick_interval_is_refused()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new KaplanMeierPlot(Model(Simple()) with { XAxis = new TimeAxis(24, 0) }));

        Assert.Equal("XAxis.TickIntervalMonths", error.ParamName);
    }
}
