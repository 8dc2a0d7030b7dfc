using System.Globalization;
using System.Text;
using Lutetia.Domain;
using Lutetia.Statistics.Distributions;
using Lutetia.Statistics.Survival;

namespace Lutetia.Reporting.SurvivalOutputs;

/// <summary>km.csv and summary.json (outputs.md, lutetia-survival/1) from a Kaplan–Meier fit.</summary>
public static class KaplanMeierOutputs
{
    /// <summary>R's conf.type name of a confidence type.</summary>
    public static string ConfTypeName(ConfidenceType type) => type switch
    {
        ConfidenceType.Log => "log",
        ConfidenceType.LogLog => "log-log",
        ConfidenceType.Plain => "plain",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown confidence type."),
    };

    /// <summary>One row per distinct time per group, as summary(survfit(...), censored = TRUE).</summary>
    public static byte[] Csv(KaplanMeierFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        // Blocks of rows are formatted on every core and joined in order (a 10^6-subject
        // table has about 10^5 distinct times per group, and shortest round-trip formatting of
        // nine numbers a row was the largest cost after reading).
        const int BlockRows = 8192;
        var blocks = new List<(KaplanMeierCurve Curve, string Group, int Start, int End)>();
        foreach (var c in fit.Curves)
        {
            string group = CsvCell.Escape(c.Group);
            for (int start = 0; start < c.Time.Length; start += BlockRows)
                blocks.Add((c, group, start, Math.Min(start + BlockRows, c.Time.Length)));
        }
        var texts = new string[blocks.Count];
        Parallel.For(0, blocks.Count, b => texts[b] = CsvRows(blocks[b].Curve, blocks[b].Group, blocks[b].Start, blocks[b].End));
        return Encoding.UTF8.GetBytes("group,time,n_risk,n_event,n_censor,surv,std_err,lower,upper\n" + string.Concat(texts));
    }

    private static string CsvRows(KaplanMeierCurve c, string group, int start, int end)
    {
        var text = new StringBuilder((end - start) * 96);
        for (int i = start; i < end; i++)
        {
            // Formatted straight into the builder: no string per number.
            text.Append(group).Append(',');
            OutputNumbers.AppendCell(text, c.Time[i]);
            text.Append(CultureInfo.InvariantCulture, $",{c.NRisk[i]},{c.NEvent[i]},{c.NCensor[i]},");
            OutputNumbers.AppendCell(text, c.Survival[i]);
            text.Append(',');
            OutputNumbers.AppendCell(text, c.StdErr[i]);
            text.Append(',');
            OutputNumbers.AppendCell(text, c.Lower[i]);
            text.Append(',');
            OutputNumbers.AppendCell(text, c.Upper[i]);
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>summary.json: per group n, events, median with CI, restricted mean (common end) with SE; the log-rank test when given.</summary>
    public static byte[] SummaryJson(KaplanMeierFit fit, ConfidenceType confType, double confLevel, ChiSquareTest? logRank, bool spssMedianCi = false)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var summaries = fit.Summaries();
        var curves = fit.Curves;
        return OutputNumbers.Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", "lutetia-survival/1");
            json.WriteString("conf_type", ConfTypeName(confType));
            json.WriteNumber("conf_int", confLevel);
            json.WriteStartArray("groups");
            for (var g = 0; g < summaries.Length; g++)
            {
                var s = summaries[g];
                json.WriteStartObject();
                json.WriteString("group", s.Group);
                json.WriteNumber("n", s.N);
                json.WriteNumber("events", s.Events);
                OutputNumbers.Write(json, "median", s.Median.Estimate);
                json.WriteStartArray("median_ci95");
                OutputNumbers.WriteValue(json, s.Median.Lower);
                OutputNumbers.WriteValue(json, s.Median.Upper);
                json.WriteEndArray();
                OutputNumbers.Write(json, "rmean", s.RestrictedMean.Mean);
                OutputNumbers.Write(json, "rmean_se", s.RestrictedMean.StdErr);
                if (spssMedianCi)
                {
                    // SPSS's interval: median ± 1.96 · SE of the median (docs/statistics.md), for comparison with SPSS output.
                    var spss = SpssMedian.Of(curves[g]);
                    json.WriteStartArray("median_ci95_spss");
                    OutputNumbers.WriteValue(json, spss.Lower);
                    OutputNumbers.WriteValue(json, spss.Upper);
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (logRank is not null)
            {
                json.WriteStartObject("logrank");
                json.WriteNumber("chisq", logRank.ChiSquare);
                json.WriteNumber("df", logRank.Df);
                json.WriteNumber("p", logRank.P);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        });
    }
}
