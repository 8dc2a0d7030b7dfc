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
        Assert.True(File.Exists(Path.Combine(SampleFiles.Folder, "km-two-groups.png")));
    }
}
