namespace Lutetia.Statistics.CompetingRisks;

/// <summary>
/// Gray's (1988) test that a cause's cumulative incidence is equal across groups, as cuminc's
/// $Tests: statistic, p (χ² on groups − 1 df). NaN when the score variance is singular (R: −1).
/// </summary>
public sealed record GrayTest(int Cause, double Statistic, double P, int Df);
