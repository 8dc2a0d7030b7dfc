using Lutetia.Domain;

namespace Lutetia.Criteria.Recist;

/// <summary>
/// RECIST 1.1 (Eisenhauer EA et al. Eur J Cancer 2009;45:228-247) over a patient's series of
/// CT/MRI reads, as response-criteria.md states it. The roles are used as recorded: breaking the
/// measurability or target-count rules of §3.1 and §4.2 is a warning of intake, not an error here.
/// </summary>
public static class Recist11
{
    /// <summary>
    /// Time-point responses at every follow-up read of the series (the first read is the baseline).
    /// Throws <see cref="ArgumentException"/> naming the read and lesion when a read is not CT/MRI.
    /// A target without a usable diameter at the baseline read (not measured, or 0 mm) leaves no
    /// baseline sum: the target response is then NE at every read, and each time point is decided by
    /// what can be evaluated, new lesions and non-target progression making it PD (table 1).
    /// </summary>
    public static RecistCourse Assess(ReadSeries series, RecistParameters? parameters = null) => TryAssess(series, parameters).OrThrow();

    /// <summary>As <see cref="Assess"/>, a series RECIST cannot judge (a read not CT/MRI, a row of the wrong kind) returned as a refusal.</summary>
    public static Attempt<RecistCourse> TryAssess(ReadSeries series, RecistParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (RecistSeriesCheck.Refuse(series) is { } refusal)
            return refusal;
        return Course(series, parameters ?? RecistParameters.Published);
    }

    private static RecistCourse Course(ReadSeries series, RecistParameters p)
    {
        var targets = Indices(series.Lesions, LesionRole.Target);
        var nonTargets = Indices(series.Lesions, LesionRole.NonTarget);
        var news = Indices(series.Lesions, LesionRole.New);
        var targetLesions = targets.Select(i => series.Lesions[i]).ToArray();
        var nonTargetLesions = nonTargets.Select(i => series.Lesions[i]).ToArray();

        var baseline = series.Baseline;
        var (baselineSum, belowMeasurable, notMeasured, baselineGap) = BaselineSum(series, targets, p);
        var context = baselineSum is { } sum ? new TargetContext(targetLesions, sum, sum, baseline.Id, baseline.Date) : null;
        var points = new List<RecistTimePoint>(series.Reads.Count - 1);
        RecistTimePoint? firstPd = null;
        var values = new decimal?[targets.Length];
        var statuses = new NonTargetStatus?[nonTargets.Length];
        for (var r = 1; r < series.Reads.Count; r++)
        {
            var read = series.Reads[r];
            TargetVerdict? target = null;
            if (targets.Length > 0)
            {
                for (var i = 0; i < targets.Length; i++)
                    values[i] = TargetRule.Counted(series.MeasurementAt(r, targets[i]), targetLesions[i], read.Id, p);
                if (context is null)
                    target = TargetRule.NotFormed(targetLesions, values, baselineGap!, notMeasured);
                else
                    target = TargetRule.Assess(context, values, p);
                // The nadir is the smallest complete sum so far, baseline included (§4.3.1).
                if (context is not null && target.NotAssessed.Count == 0 && target.SumMm < context.NadirMm)
                    context = context with { NadirMm = target.SumMm, NadirRead = read.Id, NadirDate = read.Date };
            }
            NonTargetVerdict? nonTarget = null;
            if (nonTargets.Length > 0)
            {
                for (var i = 0; i < nonTargets.Length; i++)
                    statuses[i] = NonTargetRule.Status(series.MeasurementAt(r, nonTargets[i]), nonTargetLesions[i], read.Id);
                nonTarget = NonTargetRule.Assess(nonTargetLesions, statuses);
            }
            var seen = new List<LesionId>();
            foreach (var i in news)
            {
                if (NonTargetRule.IsSeen(series.MeasurementAt(r, i)))
                    seen.Add(series.Lesions[i].Id);
            }
            var (overall, explanation) = OverallTable.Combine(target, nonTarget, seen, read.Date);
            if (firstPd is not null)
            {
                // §4.4.3: nothing after a PD is scored; the response stays PD.
                overall = OverallResponse.Pd;
                explanation = new Explanation("RECIST 1.1", "§4.4.3 PD stands: nothing after a PD is re-scored",
                    $"PD: progression at {Text.Date(firstPd.Date)} stands ({firstPd.Explanation.Sentence})");
            }
            var point = new RecistTimePoint(read.Id, read.Date, overall, explanation)
            {
                Target = target,
                NonTarget = nonTarget,
                NewLesions = seen,
            };
            if (firstPd is null && overall == OverallResponse.Pd)
                firstPd = point;
            points.Add(point);
        }
        return new RecistCourse(baseline.Id, baseline.Date, targets.Length, nonTargets.Length, baselineSum, points)
        {
            TargetsBelowMeasurableSize = belowMeasurable,
            TargetsNotMeasuredAtBaseline = notMeasured,
        };
    }

    /// <summary>
    /// The baseline sum of diameters, or null with the targets that leave it unformed (not
    /// measured, or 0 mm: a target is present at baseline) and a sentence naming them and the read.
    /// </summary>
    private static (decimal? Sum, List<LesionId> BelowMeasurable, List<LesionId> NotMeasured, string? Gap) BaselineSum(
        ReadSeries series, int[] targets, RecistParameters p)
    {
        var baseline = series.Baseline;
        decimal sum = 0;
        var below = new List<LesionId>();
        var unmeasured = new List<LesionId>();
        var zero = new List<LesionId>();
        foreach (var i in targets)
        {
            var lesion = series.Lesions[i];
            var value = TargetRule.Counted(series.MeasurementAt(0, i), lesion, baseline.Id, p);
            if (value is not { } v || v == 0)
            {
                (value is null ? unmeasured : zero).Add(lesion.Id);
                continue;
            }
            // §3.1: measurable from 10 mm (15 mm short axis for a node); kept as recorded, but reported.
            if (v < (lesion.IsNodal ? p.MeasurableNodalMm : p.MeasurableNonNodalMm))
                below.Add(lesion.Id);
            sum += v;
        }
        if (unmeasured.Count == 0 && zero.Count == 0)
            return (sum, below, [], null);
        var at = $"at the baseline read {baseline.Id} ({Text.Date(baseline.Date)})";
        var parts = new List<string>(2);
        if (unmeasured.Count > 0)
            parts.Add($"target {Text.Join(unmeasured.Select(l => l.Value))} {(unmeasured.Count == 1 ? "is" : "are")} not measured {at}");
        if (zero.Count > 0)
            parts.Add($"target {Text.Join(zero.Select(l => l.Value))} {(zero.Count == 1 ? "measures" : "measure")} 0 mm {at}");
        return (null, below, [.. unmeasured, .. zero], string.Join(" and ", parts));
    }

    internal static int[] Indices(IReadOnlyList<Lesion> lesions, LesionRole role)
    {
        var list = new List<int>();
        for (var i = 0; i < lesions.Count; i++)
        {
            if (lesions[i].Role == role)
                list.Add(i);
        }
        return [.. list];
    }
}
