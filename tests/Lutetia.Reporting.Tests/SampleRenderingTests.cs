using Lutetia.Reporting.Figures;

namespace Lutetia.Reporting.Tests;

public class SampleRenderingTests
{
    [Fact]
    public void Sample_figures_are_written_for_a_person_to_look_at()
    {
        SampleFiles.Write("km-two-groups", new KaplanMeierPlot(SampleSurvival.TwoGroups()));
        SampleFiles.Write("km-single-column", new KaplanMeierPlot(SampleSurvival.TwoGroups() with
        {
            WidthMm = 84,
            PlotHeightMm = 55,
            YScale = SurvivalScale.Percent,
            YAxisTitle = "Progression-free survival (%)",
            Title = "Progression-free survival",
        }));
        var axis = new TimeAxis(60, 12, "Time since first cycle (months)");
        SampleFiles.Write("km-four-groups", new KaplanMeierPlot(new KaplanMeierModel(
            [.. Enumerable.Range(0, 4).Select(g => SampleSurvival.Group("Grade " + (g + 1), 150, 20 + 12 * g, 60, 40 + g, axis))], axis)
        {
            WidthMm = 120,
            ShowConfidenceBands = false,
            Title = "Overall survival by grade (synthetic data)",
        }));
        SampleFiles.Write("waterfall", new WaterfallPlot(SampleModels.Waterfall()));
        SampleFiles.Write("waterfall-narrow", new WaterfallPlot(SampleModels.Waterfall(12) with { WidthMm = 84 }));
        SampleFiles.Write("waterfall-floor", new WaterfallPlot(SampleModels.Waterfall(30) with { WidthMm = 84, YMinPercent = -40, YMaxPercent = 60 }));
        SampleFiles.Write("swimmer", new SwimmerPlot(SampleModels.Swimmer()));
        SampleFiles.Write("swimmer-many", new SwimmerPlot(SampleModels.Swimmer(140, seed: 3)));
        SampleFiles.Write("swimmer-few", new SwimmerPlot(SampleModels.Swimmer(8, seed: 5) with { WidthMm = 84 }));
        SampleFiles.Write("flow", new FlowDiagram(SampleModels.Flow()));
        SampleFiles.Write("flow-one", new FlowDiagram(SampleModels.Flow(1) with { WidthMm = 120, Title = "Figure 1. Flow of patients" }));
        SampleFiles.Write("flow-six", new FlowDiagram(SampleModels.Flow(6)));
        Assert.True(File.Exists(Path.Combine(SampleFiles.Folder, "waterfall.png")));
    }
}
