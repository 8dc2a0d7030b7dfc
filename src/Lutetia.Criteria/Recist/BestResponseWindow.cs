using System.Globalization;

namespace Lutetia.Criteria.Recist;

/// <summary>
/// The time points that enter best overall response (RECIST 1.1 §4.4.3): those after the first
/// dose, up to the first PD or another progression date, with a note for each read left out and
/// a refusal when the input cannot be scored (time points out of date order, a parameter out of
/// range, another progression dated on or before the first dose).
/// </summary>
internal sealed record BestResponseWindow(IReadOnlyList<RecistTimePoint> Points, IReadOnlyList<string> Notes, BestResponseRefusal? Refusal)
{
    public static BestResponseWindow Select(IReadOnlyList<RecistTimePoint> timePoints, DateOnly firstDose, DateOnly? otherProgression, RecistParameters p)
    {
        if (Check(timePoints, firstDose, otherProgression, p) is { } refusal)
            return new BestResponseWindow([], [], refusal);
        var notes = new List<string>();
        var baseline = timePoints.Where(tp => tp.Date <= firstDose).ToList();
        if (baseline.Count > 0)
            notes.Add($"{Reads(baseline)} on or before the first dose ({Text.Date(firstDose)}): baseline, not scored.");
        var points = new List<RecistTimePoint>(timePoints.Count);
        var cut = new List<RecistTimePoint>();
        foreach (var tp in timePoints.Where(tp => tp.Date > firstDose))
        {
            if (points.Count > 0 && points[^1].Overall == OverallResponse.Pd)
                break;  // §4.4.3: nothing after the first PD is scored.
            if (tp.Date > otherProgression)
                cut.Add(tp);
            else
                points.Add(tp);
        }
        if (cut.Count > 0)
            notes.Add($"{Reads(cut)} after the other progression ({Text.Date(otherProgression!.Value)}): not scored.");
        if (MixesStableCategories(points) is { } mixed)
            notes.Add(mixed);
        return new BestResponseWindow(points, notes, null);
    }

    private static BestResponseRefusal? Check(IReadOnlyList<RecistTimePoint> timePoints, DateOnly firstDose, DateOnly? otherProgression, RecistParameters p)
    {
        for (var i = 1; i < timePoints.Count; i++)
        {
            var (tp, before) = (timePoints[i], timePoints[i - 1]);
            if (tp.Date <= before.Date)
                return new BestResponseRefusal($"time point {tp.Read} ({Text.Date(tp.Date)})",
                    $"is not after {before.Read} ({Text.Date(before.Date)}).",
                    "give the time points in increasing date order, one per date.");
        }
        if (otherProgression is { } other && other <= firstDose)
            return new BestResponseRefusal($"other progression ({Text.Date(other)})",
                $"is on or before the first dose ({Text.Date(firstDose)}).",
                "give the date of the clinical progression after the first dose, or none.");
        var published = RecistParameters.Published;
        return Negative(p.ConfirmationIntervalDays, nameof(p.ConfirmationIntervalDays), published.ConfirmationIntervalDays)
            ?? Negative(p.MinimumStableDiseaseDays, nameof(p.MinimumStableDiseaseDays), published.MinimumStableDiseaseDays)
            ?? Negative(p.MaximumNeBeforeConfirmation, nameof(p.MaximumNeBeforeConfirmation), published.MaximumNeBeforeConfirmation);
    }

    private static BestResponseRefusal? Negative(int value, string name, int published) => value >= 0 ? null :
        new BestResponseRefusal(string.Create(CultureInfo.InvariantCulture, $"parameter {name} ({value})"),
            "is negative.", string.Create(CultureInfo.InvariantCulture, $"set {name} to 0 or more (the published value is {published})."));

    /// <summary>
    /// Non-CR/non-PD is the response of a patient without target lesions, PR and SD of one with
    /// targets: a series with both was assembled from reads that disagree on the targets.
    /// </summary>
    private static string? MixesStableCategories(List<RecistTimePoint> points)
    {
        var nonCr = points.Where(tp => tp.Overall == OverallResponse.NonCrNonPd).ToList();
        var measured = points.Where(tp => tp.Overall is OverallResponse.Pr or OverallResponse.Sd).ToList();
        if (nonCr.Count == 0 || measured.Count == 0)
            return null;
        return $"Mixed series: non-CR/non-PD at {Reads(nonCr)} but PR or SD at {Reads(measured)}. " +
               "Non-CR/non-PD applies without target lesions, PR and SD with them; check which target lesions each read recorded.";
    }

    private static string Reads(IEnumerable<RecistTimePoint> points) =>
        Text.Join(points.Select(tp => $"{tp.Read} ({Text.Date(tp.Date)})"));
}
