using System.Text;
using Lutetia.Analysis;
using Lutetia.Intake;

namespace Lutetia.Reporting.Report;

/// <summary>
/// Writes the whole report into a folder: report.html (self-contained), tables.xlsx, tables.docx
/// and every figure as PNG (300 dpi) and SVG under figures/. Each file is written under a
/// temporary name and renamed when complete.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes the report files; returns the path of report.html.</summary>
    public static string Write(StudyResults results, string folder, string cohortName)
    {
        ArgumentNullException.ThrowIfNull(results);
        var figures = ReportFigures.All(results);
        var figureFolder = Path.Combine(folder, "figures");
        var report = Path.Combine(folder, "report.html");
        // Every file is independent of the others: they are drawn and written on every core.
        var work = new List<Action>();
        foreach (var (name, _, figure) in figures)
        {
            work.Add(() => AtomicFile.Write(Path.Combine(figureFolder, name + ".png"), s => s.Write(figure.RenderPng(300))));
            work.Add(() => AtomicFile.Write(Path.Combine(figureFolder, name + ".svg"), s => s.Write(Encoding.UTF8.GetBytes(figure.RenderSvg()))));
        }
        work.Add(() =>
        {
            var tables = ReportTables.All(results);
            AtomicFile.Write(Path.Combine(folder, "tables.xlsx"), s => XlsxTables.Write(tables, s));
            AtomicFile.Write(Path.Combine(folder, "tables.docx"), s => DocxTables.Write(tables, s));
        });
        work.Add(() => AtomicFile.Write(report, s => s.Write(new UTF8Encoding(false).GetBytes(HtmlReport.Render(results, cohortName, figures)))));
        ParallelWork.Invoke(true, [.. work]);
        return Path.GetFullPath(report);
    }
}
