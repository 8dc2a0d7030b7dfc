namespace Lutetia.Statistics.Survival;

/// <summary>The SPSS-compatible median, its standard error and median ± 1.96·SE; null where undefined.</summary>
public sealed record SpssMedianInterval(double? Median, double? StdErr, double? Lower, double? Upper);
