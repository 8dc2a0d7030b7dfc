using System.Globalization;
using Lutetia.Analysis;

namespace Lutetia.Reporting.Report;

/// <summary>
/// Tables 1–3 in the paper's layout (mesenluth-protocol.md, "Tables"): n (%) over all included
/// patients with unknowns in their own row, median (range) for continuous rows, rates with exact
/// confidence intervals, survival medians with their CIs (at the protocol's confidence level, 95 % by default).
/// </summary>
public static class ReportTables
{
    public static IReadOnlyList<DisplayTable> All(StudyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var n = results.Included.Count;
        return
        [
            new("table1", $"Table 1. Characteristics of the {n} included patients at the first PRRT cycle", Rows(results.Table1),
                $"Values are n (%) of the {n} included patients unless stated; unknown values have their own row. Resectability is given over patients with a known status. MM = mesenteric mass; SMA = superior mesenteric artery; SMV = superior mesenteric vein; SRI = somatostatin-receptor imaging; ULN = upper limit of normal.")
            { Headings = ("Characteristic", $"Patients (n = {n})") },
            Table2(results),
            new("table3", $"Table 3. Safety of PRRT in the {n} included patients", Rows(results.Table3),
                $"Values are n (%) of the {n} included patients. During PRRT: from the first cycle to {results.Parameters.DuringPrrtDays} days after the last; long term: from {results.Parameters.LongTermDays} days after the last cycle. GI = gastrointestinal.")
            { Headings = ("Event", $"Patients (n = {n})") },
        ];
    }

    private static List<DisplayRow> Rows(IReadOnlyList<TableRow> rows)
    {
        var display = new List<DisplayRow>();
        string? heading = null;
        foreach (var row in rows)
        {
            var (group, item) = ReportText.Label(row.Id);
            var value = row.IsContinuous
                ? $"{ReportText.Number(row.Median)} ({ReportText.Number(row.Minimum)}–{ReportText.Number(row.Maximum)})"
                : row.Id == "resectability.unresectable"
                    ? $"{row.N} of {row.Of} known ({ReportText.Percent(row.Percent)} %)"
                    : ReportText.Count(row.N!.Value, row.Of);
            if (item is null)
            {
                display.Add(new DisplayRow(group, value));
                // A following "<id>.unknown" row sits under this row, with no heading of its own.
                heading = group;
                continue;
            }
            if (group != heading)
            {
                display.Add(new DisplayRow(group, null));
                heading = group;
            }
            display.Add(new DisplayRow(item, value, Indented: true));
        }
        return display;
    }

    private static DisplayTable Table2(StudyResults r)
    {
        var rows = new List<DisplayRow>
        {
            new("Morphologic response at the post-PRRT exam", null),
            Rate(r, "mm_orr", "MM objective response (MesenLuth MM rule)"),
            Rate(r, "non_mm_orr", "Non-MM objective response (RECIST 1.1)"),
            Rate(r, "mm_progression", "MM progression at any follow-up exam"),
            new("Metabolic response (Krenning on SRS, EORTC on PET)", null),
            Rate(r, "mm_metabolic_response", "MM"),
            Rate(r, "non_mm_metabolic_response", "Non-MM"),
            new("Clinical and biological response", null),
            Rate(r, "mm_clinical_response", "MM-related symptoms: response"),
            Rate(r, "mm_clinical_complete", "MM-related symptoms: complete response"),
            Rate(r, "mm_clinical_partial", "MM-related symptoms: partial response"),
            Rate(r, "mm_clinical_response_long_term", "MM-related symptoms: long-term response"),
            Rate(r, "cs_clinical_response", "Carcinoid syndrome: response"),
            Rate(r, "cga_response", "Chromogranin A response (elevated at baseline)"),
            new("Time to event (months)", null),
            new("Median follow-up after the last cycle", ReportText.OneDecimal(r.MedianFollowUpMonths), true),
        };
        var level = ReportText.ConfidencePercent(r);
        foreach (var s in r.Survival)
        {
            var m = s.Median;
            var ci = m.Estimate is null && m.Lower is null ? "" : $" ({level} % CI {ReportText.OneDecimal(m.Lower)}–{ReportText.OneDecimal(m.Upper)})";
            var name = s.Id == "os" ? "overall survival" : ReportFigures.SurvivalLabels[s.Id];
            rows.Add(new DisplayRow($"Median {name} ({s.Curve.Events} events)", ReportText.OneDecimal(m.Estimate) + ci, true));
        }
        rows.Add(new DisplayRow("Central review", null));
        rows.Add(Rate(r, "central_review", "Patients with a central read"));
        foreach (var a in r.Agreement)
        {
            var label = a.Id == "mm_response" ? "MM response, local vs central" : "Non-MM response, local vs central";
            var kappa = a.Kappa is { } k ? k.ToString("0.00", CultureInfo.InvariantCulture) : "undefined";
            rows.Add(new DisplayRow(label, a.Pairs == 0 ? "no pair" : $"{ReportText.Number(a.PercentAgreement)} % agreement over {a.Pairs} pairs; κ {kappa}", true));
        }
        return new DisplayTable("table2", $"Table 2. Effectiveness of PRRT in the {r.Included.Count} included patients", rows,
            $"Rates are n/N (%) with exact (Clopper–Pearson) {level} % confidence intervals; a patient who is not evaluable counts as a non-responder. Survival from the first PRRT cycle by Kaplan–Meier with log-transformed {level} % CIs (R survival's default). MM = mesenteric mass; κ = Cohen's kappa.")
        {
            Headings = ("Endpoint", "Result"),
        };
    }

    private static DisplayRow Rate(StudyResults r, string id, string label)
    {
        var rate = r.Rate(id).Rate;
        var value = rate.Of == 0 ? "0/0"
            : $"{rate.N}/{rate.Of} ({ReportText.Percent(rate.Percent)} %; {ReportText.ConfidencePercent(r)} % CI {Ci(rate.Interval!.Lower)}–{Ci(rate.Interval.Upper)})";
        return new DisplayRow(label, value, Indented: true);

        static string Ci(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture);
    }
}
