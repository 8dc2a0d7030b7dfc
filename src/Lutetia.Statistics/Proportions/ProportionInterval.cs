namespace Lutetia.Statistics.Proportions;

/// <summary>A confidence interval for a proportion, limits on the 0–1 scale.</summary>
/// <param name="Lower">The lower limit (0 when no success was seen, for the exact interval).</param>
/// <param name="Upper">The upper limit (1 when every trial was a success, for the exact interval).</param>
/// <param name="ConfidenceLevel">The two-sided confidence level, e.g. 0.95.</param>
public sealed record ProportionInterval(double Lower, double Upper, double ConfidenceLevel)
{
    /// <summary>The interval in percent, as reports print it (results.json <c>ci95</c>).</summary>
    public (double Lower, double Upper) InPercent => (Lower * 100, Upper * 100);
}
