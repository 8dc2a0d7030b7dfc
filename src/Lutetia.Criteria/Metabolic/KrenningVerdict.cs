using Lutetia.Domain;

namespace Lutetia.Criteria.Metabolic;

/// <summary>
/// Krenning-scale verdict: the grade compared at baseline and post (for a group of lesions, the
/// highest grade, and which lesion held it) and the new lesions seen.
/// </summary>
public sealed record KrenningVerdict(
    KrenningResponse Response,
    int? BaselineGrade,
    int? PostGrade,
    IReadOnlyList<LesionId> NewLesions,
    Explanation Explanation)
{
    public LesionId? BaselineLesion { get; init; }
    public LesionId? PostLesion { get; init; }

    public bool IsResponder => Response == KrenningResponse.Response;
}
