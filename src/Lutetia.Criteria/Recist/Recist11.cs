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
    /// Throws <see cref="ArgumentException"/> naming the read and lesion when a read is not CT/MRI
    /// or a target has no usable baseline diameter.
    /// </summary>
    public static RecistCourse Assess(ReadSeries series, RecistParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var p = parameters ?? RecistParameters.Published;
        foreach (var read in series.Reads)
        {
            if (!read.Read.IsMorphologic)
                throw new ArgumentException(
                    $"Read {read.Id} is {Codes<Modality>.ToCode(read.Read.Modality)}: RECIST 1.1 uses CT and MRI reads only.", nameof(series));
        }
        var targets = Indices(series.Lesions, LesionRole.Target);
        var nonTargets = Indices(series.Lesions, LesionRole.NonTarget);
        var news = Indices(series.Lesions, LesionRole.New);
        var targetLesions = targets.Select(i => series.Lesions[i]).ToArray();
        var nonTargetLesions = nonTargets.Select(i => series.Lesions[i]).ToArray();

        var baseline = series.Baseline;
        var (baselineSum, belowMeasurable) = BaselineSum(series, targets, p);
        var context = new TargetContext(targetLesions, baselineSum, baselineSum, baseline.Id, baseline.Date);
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
                target = TargetRule.Assess(context, values, p);
                // The nadir is the smallest complete sum so far, baseline included (§4.3.1).
                if (target.NotAssessed.Count == 0 && target.SumMm < context.NadirMm)
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
        };
    }

    private static (decimal Sum, List<LesionId> BelowMeasurable) BaselineSum(ReadSeries series, int[] targets, RecistParameters p)
    {
        var baseline = series.Baseline;
        decimal sum = 0;
        var below = new List<LesionId>();
        foreach (var i in targets)
        {
            var lesion = series.Lesions[i];
            var value = TargetRule.Counted(series.MeasurementAt(0, i), lesion, baseline.Id, p)
                ?? throw new ArgumentException(
                    $"Target lesion {lesion.Id} is not measured at the baseline read {baseline.Id}: the baseline sum cannot be formed.", nameof(series));
            if (value == 0)
                throw new ArgumentException(
                    $"Target lesion {lesion.Id} measures 0 mm at the baseline read {baseline.Id}: a target must be present at baseline.", nameof(series));
            // §3.1: measurable from 10 mm (15 mm short axis for a node); kept as recorded, but reported.
            if (value < (lesion.IsNodal ? p.MeasurableNodalMm : p.MeasurableNonNodalMm))
                below.Add(lesion.Id);
            sum += value;
        }
        return (sum, below);
    }

    private static int[] Indices(IReadOnlyList<Lesion> lesions, LesionRole role)
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
