using Lutetia.Domain;

namespace Lutetia.Criteria.Recist;

/// <summary>What a target response is measured against: the targets, the baseline sum and the nadir so far.</summary>
internal sealed record TargetContext(
    IReadOnlyList<Lesion> Targets,
    decimal BaselineSumMm,
    decimal NadirMm,
    ReadId NadirRead,
    DateOnly NadirDate);
