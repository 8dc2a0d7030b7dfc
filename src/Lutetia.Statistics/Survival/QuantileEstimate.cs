namespace Lutetia.Statistics.Survival;

/// <summary>A survival-time quantile and its confidence limits; null means not reached (R's NA).</summary>
public sealed record QuantileEstimate(double Probability, double? Estimate, double? Lower, double? Upper);
