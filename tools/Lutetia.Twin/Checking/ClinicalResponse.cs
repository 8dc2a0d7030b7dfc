using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>The clinical response of one symptom domain (mesenluth-protocol.md, clinical response).</summary>
internal static class ClinicalResponse
{
    /// <summary>Null when the patient is not in the domain's population (no symptom present at baseline).</summary>
    public static string? Of(PatientRecord r, SymptomDomain domain, bool longTerm)
    {
        var first = r.FirstDose ?? DateOnly.MinValue;
        var last = r.LastDose ?? DateOnly.MinValue;
        var byDate = r.Symptoms.Where(s => s.Domain == domain).GroupBy(s => s.Date).OrderBy(g => g.Key).ToArray();
        var baseline = byDate.LastOrDefault(g => g.Key <= first)?.ToArray();
        if (domain == SymptomDomain.Mm && (baseline is null || !baseline.Any(s => s.IsPresent)))
            return null;
        var evaluation = longTerm
            ? byDate.LastOrDefault(g => g.Key.DayNumber - last.DayNumber >= 183)?.ToArray()
            : byDate.FirstOrDefault(g => g.Key > last)?.ToArray();
        if (baseline is null || evaluation is null)
            return "ne";
        var presentAtBaseline = baseline.Where(s => s.IsPresent).ToArray();
        var worsened = false;
        var improved = false;
        foreach (var now in evaluation)
        {
            var before = baseline.FirstOrDefault(s => s.Symptom == now.Symptom);
            if (before is null || !before.IsPresent)
            {
                worsened |= now.IsPresent;
                continue;
            }
            worsened |= Rises(before.Intensity, now.Intensity) || Rises(before.EpisodesPerWeek, now.EpisodesPerWeek);
            improved |= Falls(before.Intensity, now.Intensity) || Falls(before.EpisodesPerWeek, now.EpisodesPerWeek);
        }
        if (worsened)
            return "progression";
        var assessed = presentAtBaseline.Where(b => evaluation.Any(e => e.Symptom == b.Symptom)).ToArray();
        if (assessed.Length == 0)
            return "ne";
        if (evaluation.All(e => !e.IsPresent) && assessed.Length == presentAtBaseline.Length)
            return "complete";
        return improved ? "partial" : "stable";
    }

    private static bool Rises(decimal? before, decimal? now) => before is > 0 && now is { } n && (n - before.Value) / before.Value > 0.50m;

    private static bool Falls(decimal? before, decimal? now) => before is > 0 && now is { } n && (before.Value - n) / before.Value >= 0.50m;
}
