using System.CommandLine;
using Lutetia.Analysis;
using Lutetia.Reporting.Report;

namespace Lutetia.Cli.Commands;

/// <summary><c>lutetia report COHORT --out DIR [--protocol FILE]</c>: analyze, plus report.html, figures, tables.xlsx and tables.docx.</summary>
public static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var cohort = new Argument<string>("COHORT") { Description = "A folder of CSV files or an .xlsx workbook in the cohort format" };
        var output = new Option<string>("--out") { Description = "Folder to write the report to", Required = true };
        var protocol = AnalyzeCommand.ProtocolOption();
        var command = new Command("report", "Analyse a cohort and write the publication-ready report: report.html, figures (PNG, SVG), tables.xlsx, tables.docx")
        {
            cohort,
            output,
            protocol,
        };
        command.SetAction(parse => Run(console, parse.GetValue(cohort)!, parse.GetValue(output)!, parse.GetValue(protocol)));
        return command;
    }

    private static int Run(CliConsole console, string cohortPath, string output, string? protocolPath)
    {
        var results = AnalyzeCommand.Analyse(console, cohortPath, protocolPath);
        if (results is null)
            return LutetiaCli.Failure;
        var report = Write(results, output, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(cohortPath))));
        console.Out.WriteLine($"Report: {report}");
        return LutetiaCli.Success;
    }

    /// <summary>Writes endpoints.csv, results.json and the report; returns the path of report.html.</summary>
    internal static string Write(StudyResults results, string output, string cohortName)
    {
        Directory.CreateDirectory(output);
        EndpointsCsv.Write(results, Path.Combine(output, "endpoints.csv"));
        ResultsJson.Write(results, Path.Combine(output, "results.json"));
        return ReportWriter.Write(results, output, cohortName);
    }
}
