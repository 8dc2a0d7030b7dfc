using Lutetia.Domain;

namespace Lutetia.Criteria.Mesenteric;

/// <summary>
/// The MesenLuth per-lesion rule for the mesenteric mass (Al Mansour L et al. J Nucl Med
/// 2024;65:258-263; response-criteria.md and mesenluth-protocol.md, "Morphologic response"):
/// RECIST 1.1 thresholds applied to the mass's short axis alone. It differs from patient-level
/// RECIST, where the mass would be one of up to five targets summed together, and where non-target
/// and new lesions also count.
/// </summary>
public static class MesentericMassRule
{
    private const string Criterion = "MesenLuth MM rule";

    /// <summary>The rule over the short axes of one series, baseline first, then the follow-up reads up to the post exam.</summary>
    public static MmCourse Assess(IReadOnlyList<MmReading> readings, MmParameters? parameters = null) =>
        TryAssess(readings, parameters).OrThrow();

    /// <summary>As <see cref="Assess(IReadOnlyList{MmReading}, MmParameters?)"/>, a series the rule cannot judge returned as a refusal.</summary>
    public static Attempt<MmCourse> TryAssess(IReadOnlyList<MmReading> readings, MmParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var p = parameters ?? MmParameters.Published;
        if (Check(readings) is { } refusal)
            return refusal;
        var baseline = readings[0];
        var baselineMm = baseline.ShortAxisMm!.Value;
        decimal nadir = baselineMm;
        var nadirRead = baseline.Read;
        var nadirDate = baseline.Date;
        var verdicts = new List<MmReadVerdict>(readings.Count - 1);
        MmReadVerdict? firstPd = null;
        for (var i = 1; i < readings.Count; i++)
        {
            var reading = readings[i];
            var (response, rule, sentence) = Decide(reading.ShortAxisMm, baselineMm, nadir, nadirDate, p);
            var verdict = new MmReadVerdict(reading.Read, reading.Date, response, reading.ShortAxisMm, baselineMm,
                nadir, nadirRead, nadirDate, new Explanation(Criterion, rule, sentence));
            verdicts.Add(verdict);
            firstPd ??= response == MmResponse.Pd ? verdict : null;
            if (reading.ShortAxisMm is { } v && v < nadir)
                (nadir, nadirRead, nadirDate) = (v, reading.Read, reading.Date);
        }
        var last = verdicts.Count == 0 ? null : verdicts[^1];
        var changePercent = last?.ChangeFromBaselinePercent;
        if (firstPd is not null)
            return new MmCourse(baseline.Read, baselineMm, verdicts, MmResponse.Pd, changePercent,
                new Explanation(Criterion, "PD once met stays PD (mesenluth-protocol.md)",
                    $"pd from {Text.Date(firstPd.Date)}: {firstPd.Explanation.Sentence}"));
        if (last is null)
            return new MmCourse(baseline.Read, baselineMm, verdicts, MmResponse.Ne, null,
                new Explanation(Criterion, "no follow-up read", "ne: no read after the baseline"));
        return new MmCourse(baseline.Read, baselineMm, verdicts, last.Response, changePercent,
            last.Explanation with { Sentence = $"at {Text.Date(last.Date)}, {last.Explanation.Sentence}" });
    }

    /// <summary>
    /// The rule for the series' mesenteric mass (the one lesion flagged mesenteric_mass); a
    /// measurement too small to measure counts <see cref="MmParameters.TooSmallToMeasureMm"/>.
    /// </summary>
    public static MmCourse Assess(ReadSeries series, MmParameters? parameters = null) => TryAssess(series, parameters).OrThrow();

    /// <summary>As <see cref="Assess(ReadSeries, MmParameters?)"/>, a series the rule cannot judge returned as a refusal.</summary>
    public static Attempt<MmCourse> TryAssess(ReadSeries series, MmParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var p = parameters ?? MmParameters.Published;
        Lesion? mass = null;
        foreach (var lesion in series.Lesions)
        {
            if (!lesion.IsMesentericMass)
                continue;
            if (mass is not null)
                return new DataProblem($"Lesions {mass.Id} and {lesion.Id} are both flagged as the mesenteric mass.", nameof(series));
            mass = lesion;
        }
        if (mass is null)
            return new DataProblem("The series has no lesion flagged as the mesenteric mass.", nameof(series));
        var readings = new MmReading[series.Reads.Count];
        for (var r = 0; r < readings.Length; r++)
        {
            var read = series.Reads[r];
            var m = series.MeasurementOf(r, mass.Id);
            if (m?.NonTargetStatus is not null)
                return new DataProblem($"Mesenteric mass {mass.Id} at read {read.Id} records a non-target status instead of a short axis.", nameof(series));
            var value = m?.DiameterMm ?? (m?.TooSmallToMeasure == true ? p.TooSmallToMeasureMm : null);
            if (r == 0 && value is null)
                return new DataProblem($"Mesenteric mass {mass.Id} is not measured at the baseline read {read.Id}.", nameof(series));
            if (r == 0 && value == 0)
                return new DataProblem($"Mesenteric mass {mass.Id} measures 0 mm at the baseline read {read.Id}.", nameof(series));
            readings[r] = new MmReading(read.Id, read.Date, value);
        }
        return TryAssess(readings, p);
    }

    private static (MmResponse, string Rule, string Sentence) Decide(decimal? value, decimal baseline, decimal nadir, DateOnly nadirDate, MmParameters p)
    {
        if (value is not { } v)
            return (MmResponse.Ne, "ne: not measured", "ne: the mass is not measured at this read");
        var mm = $"short axis {Text.Number(v)} mm";
        // Order of the protocol: cr, then pd (a rise over the nadir wins over a fall from baseline), then pr.
        if (v < p.NormalShortAxisMm)
            return (MmResponse.Cr, $"cr: short axis < {Text.Number(p.NormalShortAxisMm)} mm", $"cr: {mm} is below {Text.Number(p.NormalShortAxisMm)} mm");
        var rise = v - nadir;
        if (v >= nadir * (1 + p.ProgressionFraction) && rise >= p.ProgressionMinimumMm)
            return (MmResponse.Pd, $"pd: {Text.SignedPercent(p.ProgressionFraction)} % and {Text.Signed(p.ProgressionMinimumMm)} mm over the nadir",
                $"pd: {mm} is {Text.Percent(Change.Percent(v, nadir) ?? 0)} % and {Text.Signed(rise)} mm over the nadir {Text.Number(nadir)} mm at {Text.Date(nadirDate)}");
        var fromBaseline = $"{mm} is {Text.Percent(Change.Percent(v, baseline) ?? 0)} % from the baseline {Text.Number(baseline)} mm";
        if (v <= baseline * (1 - p.PartialResponseFraction))
            return (MmResponse.Pr, $"pr: {Text.SignedPercent(-p.PartialResponseFraction)} % from baseline", $"pr: {fromBaseline}");
        return (MmResponse.Sd, "sd: neither pr nor pd",
            $"sd: {fromBaseline}, {Text.Signed(rise)} mm from the nadir {Text.Number(nadir)} mm");
    }

    private static DataProblem? Check(IReadOnlyList<MmReading> readings)
    {
        if (readings.Count == 0)
            return new DataProblem("The mesenteric mass series has no baseline read.", nameof(readings));
        var b = readings[0];
        if (b.ShortAxisMm is null or <= 0)
            return new DataProblem($"The mesenteric mass has no positive short axis at the baseline read {b.Read}.", nameof(readings));
        for (var i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            if (r.ShortAxisMm < 0)
                return new DataProblem($"The mesenteric mass has a negative short axis ({Text.Number(r.ShortAxisMm.Value)} mm) at read {r.Read}.", nameof(readings));
            if (i > 0 && r.Date <= readings[i - 1].Date)
                return new DataProblem(
                    $"Read {r.Read} ({Text.Date(r.Date)}) is not after read {readings[i - 1].Read} ({Text.Date(readings[i - 1].Date)}): reads must be in date order.",
                    nameof(readings));
        }
        return null;
    }
}
