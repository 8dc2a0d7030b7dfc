using Lutetia.Domain;
using Lutetia.Reporting.Figures;
using Lutetia.Reporting.Figures.Layout;
using Lutetia.Statistics.Survival;

namespace Lutetia.Reporting.SurvivalOutputs;

/// <summary>
/// The KMunicate figure (Morris et al. 2019) of a fit: curves with censoring ticks, an optional
/// confidence band and median lines, and the numbers at risk, censored and with an event under
/// round tick times (1, 2, 2.5 or 5 × 10^k, about six of them, fewer when the numbers would touch).
/// </summary>
public static class KaplanMeierFigure
{
    private const int TargetTicks = 6;

    /// <summary>Time slots across the axis: about 0.25 pt each on a 174 mm figure, finer than a line's width.</summary>
    private const int Slots = 2000;

    /// <summary>
    /// The figure at the first round tick interval whose numbers do not touch (up to eight intervals
    /// tried), or the refusal of the last one tried.
    /// </summary>
    public static Attempt<KaplanMeierPlot> Plot(KaplanMeierFit fit, KaplanMeierFigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(options);
        double end = fit.CommonEndTime;
        double step = NiceTicks.Step(end > 0 ? end / TargetTicks : 1);
        for (int attempt = 0; ; attempt++)
        {
            double max = Math.Max(step, Math.Ceiling(end / step - 1e-9) * step);
            var axis = new TimeAxis(max, step, options.TimeTitle);
            var groups = new List<KaplanMeierGroup>(fit.Curves.Length);
            foreach (var curve in fit.Curves) groups.Add(Group(curve, axis.TickTimes(), max / Slots, options.GroupColumn));
            var model = new KaplanMeierModel(groups, axis)
            {
                ShowConfidenceBands = options.ShowBand,
                ShowMedianLines = options.ShowMedianLines,
            };
            var plot = KaplanMeierPlot.TryCreate(model);
            if (plot.Succeeded || attempt >= 8)
                return plot;
            // The numbers under the ticks would touch: the next round interval up.
            step = NiceTicks.Step(step * 1.01);
        }
    }

    /// <summary>
    /// A curve for the figure. Where R leaves a limit undefined (log-log before the first event,
    /// any type where S = 0) the band closes onto the curve there. Steps closer than a slot of the
    /// axis are drawn as one (the last value of the slot) and one censoring mark stands for a
    /// slot: a curve of 10^6 subjects draws as fast as one of 100 and looks the same. The table's
    /// numbers and the median come from the full curve.
    /// </summary>
    private static KaplanMeierGroup Group(KaplanMeierCurve curve, double[] ticks, double slot, string? groupColumn)
    {
        int n = curve.Time.Length;
        var times = new List<double>();
        var survival = new List<double>();
        var lower = new List<double>();
        var upper = new List<double>();
        var censorTimes = new List<double>();
        double lastCensorSlot = -1;
        for (int i = 0; i < n; i++)
        {
            double here = Math.Floor(curve.Time[i] / slot);
            if (curve.NCensor[i] > 0 && here != lastCensorSlot)
            {
                censorTimes.Add(curve.Time[i]);
                lastCensorSlot = here;
            }
            if (i + 1 < n && Math.Floor(curve.Time[i + 1] / slot) == here) continue;
            double s = curve.Survival[i];
            times.Add(curve.Time[i]);
            survival.Add(s);
            lower.Add(double.IsNaN(curve.Lower[i]) ? s : curve.Lower[i]);
            upper.Add(double.IsNaN(curve.Upper[i]) ? s : Math.Min(curve.Upper[i], 1));
        }
        // At each tick: at risk (time ≥ tick), and censored / events strictly before it, so that
        // the three add up to the group's size (KMunicate's table).
        var atRisk = new int[ticks.Length];
        var censored = new int[ticks.Length];
        var events = new int[ticks.Length];
        int row = 0, censoredSoFar = 0, eventsSoFar = 0;
        for (int k = 0; k < ticks.Length; k++)
        {
            while (row < n && curve.Time[row] < ticks[k])
            {
                censoredSoFar += curve.NCensor[row];
                eventsSoFar += curve.NEvent[row];
                row++;
            }
            atRisk[k] = row < n ? curve.NRisk[row] : 0;
            censored[k] = censoredSoFar;
            events[k] = eventsSoFar;
        }
        string label = groupColumn is null ? "All subjects" : $"{groupColumn} = {curve.Group}";
        var median = curve.Median().Estimate;
        return new KaplanMeierGroup(label, times, survival, censorTimes, atRisk, censored, events)
        {
            Lower = lower,
            Upper = upper,
            MedianMonths = median,
        };
    }
}
