using Lutetia.Domain;

namespace Lutetia.Criteria.Metabolic;

/// <summary>
/// EORTC 1999 verdict: SUVmax at baseline and post (for a group of lesions, their sum), the cycles
/// given before the post exam and the new lesions seen.
/// </summary>
public sealed record EortcVerdict(
    MetabolicResponse Response,
    decimal? BaselineSuvMax,
    decimal? PostSuvMax,
    int Cycles,
    IReadOnlyList<LesionId> NewLesions,
    Explanation Explanation)
{
    public decimal? ChangePercent =>
        BaselineSuvMax is { } b && PostSuvMax is { } a ? Change.Percent(a, b) : null;

    /// <summary>Response = CMR or PMR.</summary>
    public bool IsResponder => Response is MetabolicResponse.Cmr or MetabolicResponse.Pmr;
}
