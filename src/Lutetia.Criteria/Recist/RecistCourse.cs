using Lutetia.Domain;

namespace Lutetia.Criteria.Recist;

/// <summary>
/// RECIST 1.1 over a series of reads: the baseline sum (null when a target is not measured at
/// baseline) and one time point per follow-up read.
/// <see cref="Response"/> is the response at the last read, PD once a PD was met (the MesenLuth
/// "PD once met stays PD" rule, which is RECIST's "nothing after a PD is scored").
/// </summary>
public sealed record RecistCourse(
    ReadId BaselineRead,
    DateOnly BaselineDate,
    int TargetCount,
    int NonTargetCount,
    decimal? BaselineSumMm,
    IReadOnlyList<RecistTimePoint> TimePoints)
{
    public bool HasTargets => TargetCount > 0;

    /// <summary>
    /// Targets below the §3.1 measurable size at baseline (10 mm, 15 mm short axis for a node). They
    /// are used as recorded (intake warns about them); a reviewer may want to see them.
    /// </summary>
    public IReadOnlyList<LesionId> TargetsBelowMeasurableSize { get; init; } = [];

    /// <summary>
    /// Targets without a usable diameter at the baseline read (not measured, or 0 mm). When there are
    /// any, <see cref="BaselineSumMm"/> is null and every time point's target response is NE; new
    /// lesions and non-target progression still make a time point PD.
    /// </summary>
    public IReadOnlyList<LesionId> TargetsNotMeasuredAtBaseline { get; init; } = [];

    /// <summary>The first time point that is PD, or null.</summary>
    public RecistTimePoint? FirstProgression
    {
        get
        {
            foreach (var tp in TimePoints)
            {
                if (tp.Overall == OverallResponse.Pd)
                    return tp;
            }
            return null;
        }
    }

    /// <summary>The response at the last follow-up read (PD once met); NE when there is no follow-up read.</summary>
    public OverallResponse Response => TimePoints.Count == 0 ? OverallResponse.Ne : TimePoints[^1].Overall;
}
