using Lutetia.Domain;

namespace Lutetia.Criteria.Recist;

/// <summary>
/// Target response at one read with everything it was decided from: the sum of diameters (of the
/// assessed targets when some are not), the baseline sum, the nadir before this read and the
/// changes from each.
/// </summary>
public sealed record TargetVerdict(
    TargetResponse Response,
    decimal SumMm,
    decimal BaselineSumMm,
    decimal NadirMm,
    ReadId NadirRead,
    DateOnly NadirDate,
    IReadOnlyList<LesionId> NotAssessed,
    Explanation Explanation)
{
    /// <summary>(sum − baseline) / baseline × 100.</summary>
    public decimal? ChangeFromBaselinePercent => Change.Percent(SumMm, BaselineSumMm);

    /// <summary>(sum − nadir) / nadir × 100; null when the nadir is 0.</summary>
    public decimal? ChangeFromNadirPercent => Change.Percent(SumMm, NadirMm);

    public decimal ChangeFromNadirMm => SumMm - NadirMm;
}
