using System.Globalization;
using Lutetia.Analysis;
using Lutetia.Criteria.Mesenteric;
using Lutetia.Reporting.Figures;
using Lutetia.Reporting.Figures.Drawing;
using Lutetia.Reporting.Figures.Layout;
using Lutetia.Statistics.Survival;

namespace Lutetia.Reporting.Report;

/// <summary>
/// The report's figures built from the study results: the flow diagram, Figure 2 (MM-related and
/// non-MM PFS), overall survival, the waterfall of the MM's change and the swimmer plot.
/// </summary>
public static class ReportFigures
{
    /// <summary>Every figure, keyed by its file name (without extension), in the report's order.</summary>
    public static IReadOnlyList<(string Name, string Caption, Figure Figure)> All(StudyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var figures = new List<(string, string, Figure)>
        {
            ("flow", "Flow of patients: screened, excluded by first failing criterion, included and analysed for each endpoint.", Flow(results)),
        };
        if (results.Included.Count == 0)
            return figures;
        var level = ReportText.ConfidencePercent(results);
        figures.Add(("figure2-pfs", $"Figure 2. Kaplan–Meier estimates of MM-related and non-MM progression-free survival from the first PRRT cycle, with {level} % confidence bands (log transform), censoring marks and, under the axis, the numbers at risk, censored and with an event.",
            Survival(results, ["mm_pfs", "non_mm_pfs"], "Progression-free survival")));
        figures.Add(("overall-survival", $"Overall survival from the first PRRT cycle (Kaplan–Meier, {level} % confidence band).",
            Survival(results, ["os"], "Overall survival")));
        var lines = WaterfallLines(results.Parameters);
        var waterfall = Waterfall(results, lines);
        if (waterfall is not null)
            figures.Add(("waterfall", "Best change of the mesenteric mass's short axis at the post-PRRT exam, per patient, coloured by the MM response; " +
                $"dashed lines at {Labels.Signed(lines.Progression, 2)} % and {Labels.Signed(lines.Response, 2)} %.", waterfall));
        var swimmer = SwimmerSample.Of(results.Included);
        var who = swimmer.Count < results.Included.Count
            ? string.Create(CultureInfo.InvariantCulture, $"{swimmer.Count} of the {results.Included.Count:N0} included patients, evenly spaced by follow-up (a lane each for every patient would be unreadable)")
            : "Each included patient";
        figures.Add(("swimmer", who + "'s course from the first PRRT cycle: cycles, MM response at the evaluation, first progression, death or last news.",
            Swimmer(swimmer, results.Included.Count)));
        return figures;
    }

    public static readonly IReadOnlyDictionary<string, string> SurvivalLabels = new Dictionary<string, string>
    {
        ["mm_pfs"] = "MM-related PFS",
        ["non_mm_pfs"] = "Non-MM PFS",
        ["os"] = "Overall survival",
    };

    private static KaplanMeierPlot Survival(StudyResults results, string[] ids, string yTitle)
    {
        var curves = ids.Select(id => results.Survival.First(s => s.Id == id)).ToArray();
        var longest = curves.Max(c => c.Curve.Time.Length == 0 ? 0 : c.Curve.LastTime);
        var tick = longest > 96 ? 24 : longest > 36 ? 12 : 6;
        var axis = new TimeAxis(Math.Max(tick, Math.Ceiling(longest / tick) * tick), tick);
        var groups = curves.Select((s, i) => Group(SurvivalLabels[s.Id], s, axis.TickTimes(), i)).ToArray();
        return new KaplanMeierPlot(new KaplanMeierModel(groups, axis) { YAxisTitle = yTitle + " (probability)" });
    }

    private static KaplanMeierGroup Group(string label, SurvivalResult s, double[] ticks, int index)
    {
        var c = s.Curve;
        var censored = new List<double>();
        for (var i = 0; i < c.Time.Length; i++)
        {
            if (c.NCensor[i] > 0)
                censored.Add(c.Time[i]);
        }
        var atRisk = new int[ticks.Length];
        var censoredBy = new int[ticks.Length];
        var eventsBy = new int[ticks.Length];
        for (var k = 0; k < ticks.Length; k++)
        {
            int left = 0, cens = 0, ev = 0;
            for (var i = 0; i < c.Time.Length; i++)
            {
                if (c.Time[i] < ticks[k])
                    left += c.NEvent[i] + c.NCensor[i];
                if (c.Time[i] <= ticks[k])
                {
                    cens += c.NCensor[i];
                    ev += c.NEvent[i];
                }
            }
            (atRisk[k], censoredBy[k], eventsBy[k]) = (c.N - left, cens, ev);
        }
        // R leaves the limits undefined (NA) where S = 0; the band then closes at 0.
        static double[] Band(IReadOnlyList<double> values) => values.Select(v => double.IsNaN(v) ? 0 : v).ToArray();
        return new KaplanMeierGroup(label, [.. c.Time], [.. c.Survival], censored, atRisk, censoredBy, eventsBy)
        {
            Lower = Band(c.Lower),
            Upper = Band(c.Upper),
            Color = Palette.Series(index),
            MedianMonths = s.Median.Estimate,
        };
    }

    /// <summary>The waterfall's dashed lines: the MM rule's thresholds in force (+20 % and −30 % by default).</summary>
    private static (double Progression, double Response) WaterfallLines(MesenLuthParameters p) =>
        ((double)(p.Mm.ProgressionFraction * 100), (double)(-p.Mm.PartialResponseFraction * 100));

    private static WaterfallPlot? Waterfall(StudyResults results, (double Progression, double Response) lines)
    {
        var bars = results.Included
            .Where(p => p.MmChangePercent is not null && p.MmResponse is not null and not MmResponse.Ne)
            .Select(p => new WaterfallBar(p.Record.Patient.Id.Value, (double)p.MmChangePercent!.Value, Category(p.MmResponse!.Value)))
            .ToArray();
        if (bars.Length == 0)
            return null;
        // The axis fits the data in steps of 20 %, keeping both reference lines in view (at least 40 %
        // either way, and past each line); bars past ±100 % are cut and labelled.
        var top = Math.Clamp(Math.Ceiling(Math.Max(bars.Max(b => b.ChangePercent), lines.Progression + 1) / 20) * 20, 40, 100);
        var bottom = Math.Clamp(Math.Floor(Math.Min(bars.Min(b => b.ChangePercent), lines.Response - 1) / 20) * 20, -100, -40);
        return new WaterfallPlot(new WaterfallModel(bars, WaterfallModel.RecistCategories)
        {
            YMinPercent = bottom,
            YMaxPercent = top,
            ProgressionLinePercent = lines.Progression,
            ResponseLinePercent = lines.Response,
        });
    }

    private static string Category(MmResponse response) => response switch
    {
        MmResponse.Cr => "Complete response",
        MmResponse.Pr => "Partial response",
        MmResponse.Pd => "Progressive disease",
        _ => "Stable disease",
    };

    private static SwimmerPlot Swimmer(IReadOnlyList<PatientEndpoints> shown, int included)
    {
        var lanes = new List<SwimmerLane>();
        var longest = 0.0;
        foreach (var p in shown)
        {
            var first = p.Record.FirstDose!.Value;
            double Months(DateOnly d) => (d.DayNumber - first.DayNumber) / MesenLuthParameters.DaysPerMonth;
            var progression = new[] { p.MmPfs, p.NonMmPfs }
                .Where(t => t is { Event: true } && !t.Because.Contains("death", StringComparison.OrdinalIgnoreCase))
                .Select(t => t!.Months).DefaultIfEmpty(double.NaN).Min();
            var response = p.MmResponder && p.Imaging?.Post is { } post ? Months(post.Date) : (double?)null;
            lanes.Add(new SwimmerLane(p.Record.Patient.Id.Value, p.Os!.Months, p.Record.Cycles.Select(c => Months(c.Date)).ToArray())
            {
                ResponseMonths = response,
                Response = p.MmResponse == MmResponse.Cr ? ResponseKind.Complete : ResponseKind.Partial,
                ProgressionMonths = double.IsNaN(progression) ? null : progression,
                DeathMonths = p.Os.Event ? p.Os.Months : null,
                AliveAtLastNews = !p.Os.Event,
            });
            longest = Math.Max(longest, p.Os.Months);
        }
        var tick = longest > 96 ? 24 : 12;
        return new SwimmerPlot(new SwimmerModel(lanes, new TimeAxis(Math.Max(tick, Math.Ceiling(longest / tick) * tick), tick))
        {
            Title = shown.Count < included ? SwimmerSample.Title(shown.Count, included) : null,
        });
    }

    private static FlowDiagram Flow(StudyResults results)
    {
        var included = results.Included;
        // No line of centres under a box that holds nobody (a cohort where every patient is excluded).
        string? PerCentre(IEnumerable<PatientEndpoints> patients) => patients.Any()
            ? string.Join(", ", patients.GroupBy(p => p.Record.Patient.Center.Value).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}"))
            : null;
        var excluded = results.Patients.Where(p => !p.Included).ToArray();
        return new FlowDiagram(new FlowDiagramModel(
            new FlowBox("Patients screened", results.Patients.Count) { CentreCounts = PerCentre(results.Patients) },
            new FlowBox("Excluded", excluded.Length),
            results.Excluded.Select(e => new FlowCount(ReportText.Reason(e.Reason), e.Count)).ToArray(),
            new FlowBox("Included", included.Count) { CentreCounts = PerCentre(included) },
            [
                new FlowBox("MM and non-MM morphologic response", included.Count(p => p.MmResponse is not MmResponse.Ne)),
                new FlowBox("Metabolic response", included.Count(p => p.MmMetabolicResponse is not Outcome.Ne)),
                new FlowBox("MM clinical response", included.Count(p => p.MmClinicalResponse is not null)),
                new FlowBox("Survival", included.Count),
            ]));
    }
}
