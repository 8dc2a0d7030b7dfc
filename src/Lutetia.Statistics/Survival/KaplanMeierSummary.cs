namespace Lutetia.Statistics.Survival;

/// <summary>A group's line of R's summary(fit)$table: n, events, median with CI, restricted mean with SE.</summary>
public sealed record KaplanMeierSummary(string Group, int N, int Events, QuantileEstimate Median, RestrictedMean RestrictedMean);
