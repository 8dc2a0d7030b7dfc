using Lutetia.Domain;

namespace Lutetia.Criteria.Recist;

/// <summary>Non-target response at one read, with the lesions that decided it.</summary>
public sealed record NonTargetVerdict(
    NonTargetResponse Response,
    IReadOnlyList<LesionId> Deciding,
    Explanation Explanation);
