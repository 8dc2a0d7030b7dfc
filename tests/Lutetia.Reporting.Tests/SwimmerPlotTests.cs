using Lutetia.Reporting.Figures;

namespace Lutetia.Reporting.Tests;

public class SwimmerPlotTests
{
    private static readonly TimeAxis Axis = new(36, 6);

    private static SwimmerModel Model(params SwimmerLane[] lanes) => new(lanes, Axis);

    private static readonly SwimmerLane[] Three =
    [
        new SwimmerLane("P1", 10, [0, 2, 4]) { DeathMonths = 10, ProgressionMonths = 8 },
        new SwimmerLane("P2", 30, [0, 2, 4, 6]) { AliveAtLastNews = true, ResponseMonths = 9, Response = ResponseKind.Complete },
        new SwimmerLane("P3", 20, [0, 2]) { AliveAtLastNews = true },
    ];

    [Fact]
    public void There_is_one_lane_per_patient_longest_follow_up_on_top()
    {
        var doc = Svg.Parse(new SwimmerPlot(Model(Three)).RenderSvg());
        var lanes = Svg.In(doc, "lanes", "rect");

        Assert.Equal(3, lanes.Count);
        var widths = lanes.Select(r => Svg.Number(r, "width")).ToArray();
        Assert.Equal(30.0 / 20, widths[0] / widths[1], 2);
        Assert.Equal(20.0 / 10, widths[1] / widths[2], 2);
        Assert.Equal(["P2", "P3", "P1"], Svg.In(doc, "patient-labels", "text").Select(t => t.Value));
    }

    [Fact]
    public void The_legend_explains_each_kind_of_mark_used()
    {
        var doc = Svg.Parse(new SwimmerPlot(Model(Three)).RenderSvg());

        Assert.Equal(["PRRT cycle", "Complete response", "Progression", "Death", "Alive at last news"],
            Svg.In(doc, "legend", "text").Select(t => t.Value));
    }

    [Fact]
    public void Fifty_two_patients_keep_their_labels_and_the_plot_fits_a_page()
    {
        var plot = new SwimmerPlot(SampleModels.Swimmer());
        var doc = Svg.Parse(plot.RenderSvg());

        Assert.Equal(52, Svg.In(doc, "lanes", "rect").Count);
        Assert.True(plot.ShowsPatientLabels);
        Assert.Equal(52, Svg.In(doc, "patient-labels", "text").Count);
        Assert.True(plot.HeightPt < 230 * Figure.PointsPerMm, $"height {plot.HeightPt} pt");
    }

    [Fact]
    public void Lanes_thin_as_patients_are_added_and_labels_give_way_to_a_count()
    {
        var few = new SwimmerPlot(SampleModels.Swimmer(10));
        var many = new SwimmerPlot(SampleModels.Swimmer(150));
        var doc = Svg.Parse(many.RenderSvg());

        Assert.True(many.LanePitchPt < few.LanePitchPt);
        Assert.False(many.ShowsPatientLabels);
        Assert.Equal(150, Svg.In(doc, "lanes", "rect").Count);
        Assert.Equal("Patients (n = 150)", Svg.In(doc, "y-title", "text").Single().Value);
        Assert.True(many.HeightPt < 230 * Figure.PointsPerMm);
    }

    [Fact]
    public void The_png_has_the_signature_and_the_requested_size()
    {
        var plot = new SwimmerPlot(Model(Three));
        var png = plot.RenderPng(150);

        Assert.Equal(Svg.PngSignature, png[..8]);
        Assert.Equal(plot.PixelSizeAt(150), new PixelSize(Svg.PngSize(png).Width, Svg.PngSize(png).Height));
    }

    [Fact]
    public void The_same_model_gives_the_same_svg()
    {
        Assert.Equal(new SwimmerPlot(SampleModels.Swimmer()).RenderSvg(), new SwimmerPlot(SampleModels.Swimmer()).RenderSvg());
    }

    [Fact]
    public void Lanes_take_their_category_colour_and_the_legend_names_it()
    {
        var model = Model(Three[0] with { Category = "MM clinical response" }, Three[1]) with
        {
            LaneCategories = [new CategoryStyle("MM clinical response", Lutetia.Reporting.Figures.Drawing.Palette.BluishGreen)],
        };
        var doc = Svg.Parse(new SwimmerPlot(model).RenderSvg());

        Assert.Equal(["#b8c7d9", "#009e73"], Svg.In(doc, "lanes", "rect").Select(r => (string)r.Attribute("fill")!));
        Assert.Contains("MM clinical response", Svg.In(doc, "legend", "text").Select(t => t.Value));
    }

    public static TheoryData<string, SwimmerLane> BadLanes => new()
    {
        { "Lanes[1].FollowUpMonths", new SwimmerLane("P9", -1, []) },
        { "Lanes[1].FollowUpMonths", new SwimmerLane("P9", 40, []) },
        { "Lanes[1].CycleMonths[1]", new SwimmerLane("P9", 10, [0, double.NaN]) },
        { "Lanes[1].ProgressionMonths", new SwimmerLane("P9", 10, [0]) { ProgressionMonths = 12 } },
        { "Lanes[1].AliveAtLastNews", new SwimmerLane("P9", 10, [0]) { DeathMonths = 10, AliveAtLastNews = true } },
        { "Lanes[1].Category", new SwimmerLane("P9", 10, [0]) { Category = "Responder" } },
    };

    [Theory]
    [MemberData(nameof(BadLanes))]
    public void A_bad_lane_is_refused_with_the_field_named(string field, SwimmerLane lane)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new SwimmerPlot(Model(Three[0], lane)));

        Assert.Equal(field, error.ParamName);
    }
}
