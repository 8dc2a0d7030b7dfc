namespace Lutetia.Criteria;

/// <summary>
/// Chromogranin A verdict: <see cref="Response"/> is null when the patient is not in the population
/// (no baseline value, or not elevated at baseline); the ratios are value / ULN.
/// </summary>
public sealed record CgaVerdict(CgaResponse? Response, decimal? BaselineTimesUln, decimal? PostTimesUln, Explanation Explanation)
{
    public bool IsElevatedAtBaseline => Response is not null;
}
