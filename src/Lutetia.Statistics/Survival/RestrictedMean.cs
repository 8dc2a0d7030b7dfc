namespace Lutetia.Statistics.Survival;

/// <summary>The restricted mean survival time up to EndTime and its standard error (R's rmean).</summary>
public sealed record RestrictedMean(double EndTime, double Mean, double StdErr);
