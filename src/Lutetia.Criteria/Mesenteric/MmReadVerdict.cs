using Lutetia.Domain;

namespace Lutetia.Criteria.Mesenteric;

/// <summary>The MM rule at one follow-up read, with the baseline and the nadir before that read.</summary>
public sealed record MmReadVerdict(
    ReadId Read,
    DateOnly Date,
    MmResponse Response,
    decimal? ShortAxisMm,
    decimal BaselineMm,
    decimal NadirMm,
    ReadId NadirRead,
    DateOnly NadirDate,
    Explanation Explanation)
{
    public decimal? ChangeFromBaselinePercent => ShortAxisMm is { } v ? Change.Percent(v, BaselineMm) : null;

    public decimal? ChangeFromNadirPercent => ShortAxisMm is { } v ? Change.Percent(v, NadirMm) : null;
}
