namespace Lutetia.Criteria.Psa;

/// <summary>
/// The two bars of PSA waterfall plots (PCWG3: "report the percentage change from baseline at 12
/// weeks, and separately, the maximal change at any time"). The 12-week value is the one nearest
/// the landmark within the window (the earlier on a tie); PCWG3 names no window.
/// </summary>
internal static class PsaWaterfall
{
    public static decimal? MaximalChange(PsaCourse course)
    {
        decimal? best = null;
        foreach (var v in course.FollowUp)
        {
            var change = Change.Percent(v.Value, course.Baseline.Value);
            if (change is { } c && (best is null || c < best))
                best = c;
        }
        return best;
    }

    public static (decimal? Percent, DateOnly? Date) AtLandmark(PsaCourse course, Pcwg3Parameters p)
    {
        var target = course.Start.DayNumber + p.LandmarkDays;
        PsaValue? nearest = null;
        foreach (var v in course.FollowUp)
        {
            var distance = Math.Abs(v.Date.DayNumber - target);
            if (distance <= p.LandmarkWindowDays && (nearest is null || distance < Math.Abs(nearest.Date.DayNumber - target)))
                nearest = v;
        }
        return nearest is null ? (null, null) : (Change.Percent(nearest.Value, course.Baseline.Value), nearest.Date);
    }
}
