using Lutetia.Domain;

namespace Lutetia.Criteria.Metabolic;

/// <summary>
/// PERCIST 1.0 verdict: the hottest lesion's SULpeak at baseline and at post (they may be different
/// lesions), the baseline measurability threshold and the new lesions seen.
/// </summary>
public sealed record PercistVerdict(
    MetabolicResponse Response,
    decimal? BaselineSulPeak,
    decimal? PostSulPeak,
    decimal? MeasurableFromSul,
    IReadOnlyList<LesionId> NewLesions,
    Explanation Explanation)
{
    public LesionId? BaselineLesion { get; init; }
    public LesionId? PostLesion { get; init; }

    public decimal? ChangePercent =>
        BaselineSulPeak is { } b && PostSulPeak is { } a ? Change.Percent(a, b) : null;

    /// <summary>Response = CMR or PMR.</summary>
    public bool IsResponder => Response is MetabolicResponse.Cmr or MetabolicResponse.Pmr;
}
