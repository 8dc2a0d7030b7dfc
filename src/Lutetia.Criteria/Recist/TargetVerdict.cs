using Lutetia.Domain;

namespace Lutetia.Criteria.Recist;

/// <summary>
/// Target response at one read with everything it was decided from: the sum of diameters (of the
/// assessed targets when some are not), the baseline sum, the nadir before this read and the
/// changes from each. The baseline sum and the nadir are null when the baseline sum cannot be
/// formed (<see cref="NotMeasuredAtBaseline"/>): the response is then NE at every read.
/// </summary>
public sealed record TargetVerdict(
    TargetResponse Response,
    decimal SumMm,
    decimal? BaselineSumMm,
    decimal? NadirMm,
    ReadId? NadirRead,
    DateOnly? NadirDate,
    IReadOnlyList<LesionId> NotAssessed,
    Explanation Explanation)
{
    /// <summary>Targets without a usable diameter at the baseline read (none measured, or 0 mm), which leave no baseline sum.</summary>
    public IReadOnlyList<LesionId> NotMeasuredAtBaseline { get; init; } = [];

    /// <summary>(sum − baseline) / baseline × 100; null without a baseline sum.</summary>
    public decimal? ChangeFromBaselinePercent => BaselineSumMm is { } b ? Change.Percent(SumMm, b) : null;

    /// <summary>(sum − nadir) / nadir × 100; null when the nadir is 0 or unknown.</summary>
    public decimal? ChangeFromNadirPercent => NadirMm is { } n ? Change.Percent(SumMm, n) : null;

    /// <summary>sum − nadir; null without a nadir.</summary>
    public decimal? ChangeFromNadirMm => SumMm - NadirMm;
}
