using Lutetia.Statistics.Survival;

namespace Lutetia.Analysis;

/// <summary>A Kaplan–Meier endpoint over the included patients: the curve (for the figure) and its median with CI, in months.</summary>
public sealed record SurvivalResult(string Id, KaplanMeierCurve Curve)
{
    public QuantileEstimate Median { get; } = Curve.Median();
}
