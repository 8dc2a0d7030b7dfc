namespace Lutetia.Statistics.Survival;

/// <summary>The number still at risk at a time (time ≥ Time) and the survival there, for a numbers-at-risk table.</summary>
public sealed record AtRiskPoint(double Time, int NRisk, double Survival);
