using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>
/// The MesenLuth MM rule and the RECIST 1.1 time-point response of the other lesions
/// (response-criteria.md), read by read: the response up to the post exam ("PD once met stays
/// PD") and the first follow-up read that is PD, for the progression-free survivals.
/// </summary>
internal static class MorphologicResponse
{
    public sealed record Result(string? Response, DateOnly? FirstPd, decimal? BaselineMm, decimal? PostMm);

    public static Result Mm(ExamSeries s)
    {
        var mm = s.Record.Lesions.FirstOrDefault(l => l.IsMesentericMass);
        if (mm is null || s.Baseline is null)
            return new Result("ne", null, null, null);
        var baseline = s.Of(s.Baseline, mm.Id)?.DiameterMm;
        if (baseline is null)
            return new Result("ne", null, null, null);
        var nadir = baseline.Value;
        string? response = null;
        DateOnly? firstPd = null;
        foreach (var read in s.FollowUp)
        {
            var value = s.Of(read, mm.Id)?.DiameterMm;
            if (value is not { } v)
            {
                if (read == s.Post && response != "pd")
                    response = "ne";
                continue;
            }
            var category = v < 10m ? "cr"
                : v >= nadir * 1.20m && v - nadir >= 5m ? "pd"
                : (v - baseline.Value) / baseline.Value <= -0.30m ? "pr" : "sd";
            if (category == "pd")
                firstPd ??= read.ExamDate;
            if (s.Post is not null && read.ExamDate <= s.Post.ExamDate && response != "pd")
                response = category == "pd" || read == s.Post ? category : response;
            nadir = Math.Min(nadir, v);
        }
        var post = s.Post is null ? null : s.Of(s.Post, mm.Id)?.DiameterMm;
        return new Result(s.Post is null ? "ne" : response ?? "ne", firstPd, baseline, post);
    }

    public static Result NonMm(ExamSeries s)
    {
        var lesions = s.Record.Lesions.Where(l => !l.IsMesentericMass).ToArray();
        if (!lesions.Any(l => l.Role != LesionRole.New))
            return new Result(null, null, null, null);
        if (s.Baseline is null)
            return new Result("ne", null, null, null);
        var targets = lesions.Where(l => l.Role == LesionRole.Target).ToArray();
        var nonTargets = lesions.Where(l => l.Role == LesionRole.NonTarget).ToArray();
        var baseline = Sum(s, s.Baseline, targets);
        var nadir = baseline;
        string? response = null;
        DateOnly? firstPd = null;
        foreach (var read in s.FollowUp)
        {
            var sum = Sum(s, read, targets);
            var target = targets.Length == 0 ? "none"
                : sum is null || baseline is null ? "ne"
                : targets.All(t => s.Of(read, t.Id) is { } m && (t.IsNodal ? Size(m) < 10m : Size(m) == 0m)) ? "cr"
                : sum >= nadir * 1.20m && sum - nadir >= 5m ? "pd"
                : sum <= baseline * 0.70m ? "pr" : "sd";
            var statuses = nonTargets.Select(l => s.Of(read, l.Id)?.NonTargetStatus).ToArray();
            var nonTarget = nonTargets.Length == 0 ? "none"
                : statuses.Contains(NonTargetStatus.UnequivocalProgression) ? "pd"
                : statuses.Contains(null) ? "ne"
                : statuses.All(x => x == NonTargetStatus.Absent) ? "cr" : "non_cr_non_pd";
            var newLesion = lesions.Where(l => l.Role == LesionRole.New).Any(l => s.Of(read, l.Id) is { } m
                && (m.DiameterMm > 0 || m.TooSmallToMeasure == true || m.NonTargetStatus is NonTargetStatus.Present or NonTargetStatus.UnequivocalProgression));
            var overall = target == "pd" || nonTarget == "pd" || newLesion ? "pd"
                : target == "none" ? nonTarget
                : target == "cr" ? nonTarget is "cr" or "none" ? "cr" : "pr"
                : target;
            if (overall == "pd")
                firstPd ??= read.ExamDate;
            if (s.Post is not null && read.ExamDate <= s.Post.ExamDate && response != "pd")
                response = overall == "pd" || read == s.Post ? overall : response;
            if (sum is { } value && nadir is { } n)
                nadir = Math.Min(n, value);
        }
        return new Result(s.Post is null ? "ne" : response ?? "ne", firstPd, null, null);
    }

    private static decimal? Sum(ExamSeries s, Read read, Lesion[] targets)
    {
        var sum = 0m;
        foreach (var t in targets)
        {
            if (s.Of(read, t.Id) is not { } m || m.DiameterMm is null && m.TooSmallToMeasure != true)
                return null;
            sum += Size(m);
        }
        return sum;
    }

    private static decimal Size(Measurement m) => m.TooSmallToMeasure == true ? 5m : m.DiameterMm ?? 0m;
}
