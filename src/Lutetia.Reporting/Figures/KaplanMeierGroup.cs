using Lutetia.Reporting.Figures.Drawing;

namespace Lutetia.Reporting.Figures;

/// <summary>
/// One Kaplan–Meier curve and its rows of the table under the plot. The curve is a step
/// function: from <c>TimeMonths[i]</c> on, survival is <c>Survival[i]</c> (with its confidence
/// limits <c>Lower[i]</c>, <c>Upper[i]</c>) until the next time; a curve that does not start at
/// time 0 starts at 1 there. It is drawn to the last step or last censoring, whichever is later.
/// <c>AtRisk</c>, <c>Censored</c> and <c>Events</c> hold one value per tick of the x axis
/// (<see cref="TimeAxis.TickTimes"/>): the number at risk at that time, and the cumulative numbers
/// censored and with an event up to it, as the caller's statistics compute them.
/// </summary>
public sealed record KaplanMeierGroup(
    string Label,
    IReadOnlyList<double> TimeMonths,
    IReadOnlyList<double> Survival,
    IReadOnlyList<double> CensorTimesMonths,
    IReadOnlyList<int> AtRisk,
    IReadOnlyList<int> Censored,
    IReadOnlyList<int> Events)
{
    /// <summary>Lower confidence limit per step; with <see cref="Upper"/>, the shaded band.</summary>
    public IReadOnlyList<double>? Lower { get; init; }

    /// <summary>Upper confidence limit per step.</summary>
    public IReadOnlyList<double>? Upper { get; init; }

    /// <summary>The curve's colour; the colour-blind-safe palette when absent.</summary>
    public Rgb? Color { get; init; }

    /// <summary>The median survival time as the statistics report it; null when not reached
    /// (then no median line is drawn).</summary>
    public double? MedianMonths { get; init; }
}
