using System.Globalization;
using Lutetia.Analysis;

namespace Lutetia.Reporting.Report;

/// <summary>
/// Which patients get a lane in the report's swimmer plot. Up to <see cref="MaxLanes"/> included
/// patients, all of them; beyond (a registry of 10^5 patients), a lane a patient would be
/// thinner than a pixel, so the plot shows <see cref="MaxLanes"/> patients evenly spaced through
/// the cohort ordered by follow-up — the middle patient of each of <see cref="MaxLanes"/> equal
/// slices — and says so in its title. The choice is deterministic (no random draw), so the same
/// cohort gives the same figure.
/// </summary>
public static class SwimmerSample
{
    /// <summary>At 190 mm of lanes, 200 lanes are about 1 mm each: cycles and markers stay visible.</summary>
    public const int MaxLanes = 200;

    public static IReadOnlyList<PatientEndpoints> Of(IReadOnlyList<PatientEndpoints> included)
    {
        ArgumentNullException.ThrowIfNull(included);
        if (included.Count <= MaxLanes)
            return included;
        var ordered = included.OrderBy(p => p.Os!.Months).ThenBy(p => p.Record.Patient.Id.Value, StringComparer.Ordinal).ToArray();
        var shown = new PatientEndpoints[MaxLanes];
        for (var i = 0; i < MaxLanes; i++)
            shown[i] = ordered[(int)((i + 0.5) * ordered.Length / MaxLanes)];
        return shown;
    }

    /// <summary>The figure's title when it shows a sample.</summary>
    public static string Title(int shown, int included) => string.Create(CultureInfo.InvariantCulture,
        $"{shown} of {included:N0} included patients, evenly spaced by follow-up");
}
