using Lutetia.Domain;

namespace Lutetia.Criteria.Recist;

/// <summary>Target-lesion response at one read (RECIST 1.1 §4.3.1), in exact decimal arithmetic.</summary>
internal static class TargetRule
{
    private const string Criterion = "RECIST 1.1";

    /// <summary>
    /// The diameter a target counts at a read (§4.3.2 and appendix): the recorded diameter (short
    /// axis for a node, kept in the sum below 10 mm), 5 mm when too small to measure, null when
    /// not assessed.
    /// </summary>
    public static decimal? Counted(Measurement? m, Lesion lesion, ReadId read, RecistParameters p)
    {
        if (m is null)
            return null;
        if (m.DiameterMm is { } d)
            return d;
        if (m.TooSmallToMeasure == true)
            return p.TooSmallToMeasureMm;
        if (Refuse(m, lesion, read) is { } refusal)
            throw refusal.ToException();
        return null;
    }

    /// <summary>Why a target's row cannot be counted (a non-target status instead of a diameter), or null.</summary>
    public static DataProblem? Refuse(Measurement? m, Lesion lesion, ReadId read) =>
        m is { DiameterMm: null, TooSmallToMeasure: not true, NonTargetStatus: { } status }
            ? new DataProblem(
                $"Target lesion {lesion.Id} at read {read} records the non-target status {Codes<NonTargetStatus>.ToCode(status)} " +
                "instead of a diameter; a target is measured (diameter_mm or too_small_to_measure).", nameof(m))
            : null;

    /// <summary>Decides the target response from the counted diameters of one read (null = not assessed).</summary>
    public static TargetVerdict Assess(TargetContext c, decimal?[] values, RecistParameters p)
    {
        var (sum, missing) = AssessedSum(c.Targets, values);
        var nadirText = $"the nadir {Text.Number(c.NadirMm)} mm at {Text.Date(c.NadirDate)}";
        var rise = sum - c.NadirMm;
        // §4.3.1: PD is at least +20 % over the nadir AND at least +5 mm.
        var progression = sum >= c.NadirMm * (1 + p.ProgressionFraction) && rise >= p.ProgressionMinimumMm;
        var pdText = $"sum {Text.Number(sum)} mm is {PercentOrBlank(sum, c.NadirMm)}{Text.Signed(rise)} mm over {nadirText}";

        if (missing.Count > 0)
        {
            var notAssessed = $"target {Text.Join(missing.Select(l => l.Value))} not assessed";
            // §4.3.1: an incomplete read is NE unless the assessed targets alone already reach PD.
            return progression
                ? Verdict(c, TargetResponse.Pd, sum, missing, "§4.3.1 PD on the assessed targets alone",
                    $"PD: {notAssessed}, but the assessed {pdText}")
                : Verdict(c, TargetResponse.Ne, sum, missing, "§4.3.1 NE: a target not assessed",
                    $"NE: {notAssessed}; the assessed sum {Text.Number(sum)} mm does not reach PD over {nadirText}");
        }

        if (IsComplete(c.Targets, values, p))
            return Verdict(c, TargetResponse.Cr, sum, missing, $"§4.3.1 CR: non-nodal targets gone, nodes < {Text.Number(p.NormalNodeShortAxisMm)} mm",
                $"CR: every non-nodal target is 0 mm and every node is below {Text.Number(p.NormalNodeShortAxisMm)} mm (sum {Text.Number(sum)} mm)");
        // PD before PR: a rise over the nadir wins over a fall from baseline (§4.3.1).
        if (progression)
            return Verdict(c, TargetResponse.Pd, sum, missing, $"§4.3.1 PD: {Text.SignedPercent(p.ProgressionFraction)} % and {Text.Signed(p.ProgressionMinimumMm)} mm over the nadir", $"PD: {pdText}");
        var fromBaseline = $"sum {Text.Number(sum)} mm is {Text.Percent(Change.Percent(sum, c.BaselineSumMm) ?? 0)} % from the baseline {Text.Number(c.BaselineSumMm)} mm";
        if (sum <= c.BaselineSumMm * (1 - p.PartialResponseFraction))
            return Verdict(c, TargetResponse.Pr, sum, missing, $"§4.3.1 PR: {Text.SignedPercent(-p.PartialResponseFraction)} % from baseline",
                $"PR: {fromBaseline} (PR from {Text.Percent(-p.PartialResponseFraction * 100)} %)");
        return Verdict(c, TargetResponse.Sd, sum, missing, "§4.3.1 SD: neither PR nor PD",
            $"SD: {fromBaseline} and {PercentOrBlank(sum, c.NadirMm)}{Text.Signed(rise)} mm from {nadirText}");
    }

    /// <summary>
    /// The target response at a read when the baseline sum cannot be formed (a target without a
    /// usable diameter at the baseline read): NE at every read, since neither the change from
    /// baseline nor the nadir (which includes the baseline, §4.3.1) is known. The read's own sum of
    /// the assessed targets is kept for display. Table 1 then lets new lesions and non-target
    /// progression decide PD (response-criteria.md, overall response: "any | PD | any | PD",
    /// "any | any | yes | PD"); <see cref="Recist11"/> evaluates them as usual.
    /// </summary>
    public static TargetVerdict NotFormed(IReadOnlyList<Lesion> targets, decimal?[] values, string baselineGap, IReadOnlyList<LesionId> notMeasuredAtBaseline)
    {
        var (sum, missing) = AssessedSum(targets, values);
        return new TargetVerdict(TargetResponse.Ne, sum, null, null, null, null, missing,
            new Explanation(Criterion, "§4.3.1 NE: no baseline sum", $"NE: {baselineGap}, so the baseline sum and the target response cannot be formed"))
        {
            NotMeasuredAtBaseline = notMeasuredAtBaseline,
        };
    }

    /// <summary>The sum of the assessed targets' diameters, and the targets not assessed.</summary>
    private static (decimal Sum, List<LesionId> Missing) AssessedSum(IReadOnlyList<Lesion> targets, decimal?[] values)
    {
        decimal sum = 0;
        var missing = new List<LesionId>();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } v)
                sum += v;
            else
                missing.Add(targets[i].Id);
        }
        return (sum, missing);
    }

    // §4.3.1: CR is every non-nodal target gone and every nodal target below 10 mm short axis.
    private static bool IsComplete(IReadOnlyList<Lesion> targets, decimal?[] values, RecistParameters p)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i]!.Value;
            if (targets[i].IsNodal ? v >= p.NormalNodeShortAxisMm : v != 0)
                return false;
        }
        return true;
    }

    private static string PercentOrBlank(decimal value, decimal reference) =>
        Change.Percent(value, reference) is { } pct ? $"{Text.Percent(pct)} % and " : "";

    private static TargetVerdict Verdict(TargetContext c, TargetResponse r, decimal sum, List<LesionId> missing, string rule, string sentence) =>
        new(r, sum, c.BaselineSumMm, c.NadirMm, c.NadirRead, c.NadirDate, missing, new Explanation(Criterion, rule, sentence));
}
