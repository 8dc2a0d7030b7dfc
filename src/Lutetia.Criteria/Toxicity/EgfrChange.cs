namespace Lutetia.Criteria.Toxicity;

/// <summary>An eGFR at follow-up against its baseline: the difference and the percent change.</summary>
public sealed record EgfrChange(decimal Baseline, decimal FollowUp, decimal Difference, decimal Percent);
