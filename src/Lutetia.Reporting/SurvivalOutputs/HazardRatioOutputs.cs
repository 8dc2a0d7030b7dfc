using System.Globalization;
using System.Text;
using Lutetia.Domain;
using Lutetia.Reporting.Figures;
using Lutetia.Statistics.Cox;

namespace Lutetia.Reporting.SurvivalOutputs;

/// <summary>
/// hazard_ratios.csv (one row per numeric term and per factor level, univariable and multivariable
/// HR, 95 % CI and p, unrounded) and the forest plot of the multivariable model.
/// </summary>
public static class HazardRatioOutputs
{
    public const string CsvHeader = "term,level,reference,n,events,uni_hr,uni_lower,uni_upper,uni_p,multi_hr,multi_lower,multi_upper,multi_p";

    public static byte[] Csv(HazardRatioReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder(CsvHeader).Append('\n');
        foreach (var row in report.Rows)
        {
            text.Append(CsvCell.Escape(row.Term)).Append(',')
                .Append(row.Level is null ? "" : CsvCell.Escape(row.Level)).Append(',')
                .Append(row.IsReference ? "yes" : "no").Append(',')
                .Append(row.N.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(row.Events.ToString(CultureInfo.InvariantCulture));
            Estimate(text, row.Univariable);
            Estimate(text, row.Multivariable);
            text.Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The forest plot of the multivariable estimates: a factor as a heading with its levels under it.</summary>
    public static ForestPlot Forest(HazardRatioReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<ForestRow>();
        string? heading = null;
        foreach (var row in report.Rows)
        {
            var count = string.Create(CultureInfo.InvariantCulture, $"{row.N} ({row.Events})");
            if (row.Level is not null && row.Term != heading)
            {
                heading = row.Term;
                rows.Add(new ForestRow(row.Term) { IsHeading = true });
            }
            var c = row.Multivariable;
            rows.Add(new ForestRow(row.Level ?? row.Term)
            {
                IsLevel = row.Level is not null,
                IsReference = row.IsReference,
                Count = count,
                HazardRatio = c?.HazardRatio,
                Lower = c?.HrLower,
                Upper = c?.HrUpper,
                P = c?.P,
            });
        }
        return new ForestPlot(new ForestModel(rows));
    }

    private static void Estimate(StringBuilder text, CoxCoefficient? c)
    {
        if (c is null)
        {
            text.Append(",,,,");
            return;
        }
        text.Append(',').Append(OutputNumbers.Cell(c.HazardRatio))
            .Append(',').Append(OutputNumbers.Cell(c.HrLower))
            .Append(',').Append(OutputNumbers.Cell(c.HrUpper))
            .Append(',').Append(OutputNumbers.Cell(c.P));
    }
}
