using Lutetia.Reporting.Figures;

namespace Lutetia.Reporting.Tests;

/// <summary>
/// KaplanMeierPlot.TryCreate: ticks too close for the numbers under them come back as a refusal
/// naming the tick interval (what `lutetia survival` widens), a model that fits as the plot.
/// </summary>
public sealed class KaplanMeierTryCreateTests
{
    [Fact]
    public void Ticks_too_close_come_back_as_a_refusal_and_a_longer_interval_as_the_plot()
    {
        var close = new TimeAxis(120, 3);
        var wide = new TimeAxis(120, 24);

        var refused = KaplanMeierPlot.TryCreate(new KaplanMeierModel([SampleSurvival.Group("Overall survival", 52, 40, 110, seed: 3, close)], close) { WidthMm = 84 });
        var drawn = KaplanMeierPlot.TryCreate(new KaplanMeierModel([SampleSurvival.Group("Overall survival", 52, 40, 110, seed: 3, wide)], wide) { WidthMm = 84 });

        Assert.False(refused.Succeeded);
        Assert.Equal("XAxis.TickIntervalMonths", refused.Problem!.Argument);
        Assert.Contains("too close for labels", refused.Problem.Message, StringComparison.Ordinal);
        Assert.True(drawn.Succeeded);
        Assert.Equal(6, drawn.Value.TickPositionsPt.Count);
    }

    [Fact]
    public void Any_other_fault_of_the_model_still_throws()
    {
        var axis = new TimeAxis(24, 12);
        var blank = SampleSurvival.Group("Overall survival", 52, 40, 110, seed: 3, axis) with { Label = " " };

        var error = Assert.ThrowsAny<ArgumentException>(() => KaplanMeierPlot.TryCreate(new KaplanMeierModel([blank], axis)));

        Assert.Equal("Groups[0].Label", error.ParamName);
    }
}
