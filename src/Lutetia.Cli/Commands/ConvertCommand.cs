using System.CommandLine;
using System.Globalization;
using Lutetia.Analysis;
using Lutetia.Reporting.Exports;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia convert COHORT --to r|spss|odm --out DIR [--with-endpoints] [--protocol FILE]</c>: the
/// cohort as files a statistician loads without work (docs/exports.md). An invalid cohort or protocol
/// prints the problems, exits 1 and writes nothing; the files are written under temporary names and
/// renamed when all are complete.
/// </summary>
public static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        var cohort = new Argument<string>("COHORT") { Description = "A folder of CSV files or an .xlsx workbook in the cohort format" };
        var to = new Option<string>("--to")
        {
            Description = "r: CSV files and load.R; spss: CSV files and load.sps; odm: CDISC ODM 1.3.2 XML (odm.xml)",
            Required = true,
        };
        to.AcceptOnlyFromAmong("r", "spss", "odm");
        var output = new Option<string>("--out") { Description = "Folder to write the export to", Required = true };
        var endpoints = new Option<bool>("--with-endpoints") { Description = "Also derive the MesenLuth endpoints and export them as the table endpoints" };
        var protocol = AnalyzeCommand.ProtocolOption();
        var command = new Command("convert", "Export a cohort for R, SPSS or as CDISC ODM, with types, labels and code lists")
        {
            cohort,
            to,
            output,
            endpoints,
            protocol,
        };
        command.SetAction(parse => Run(console, parse.GetValue(cohort)!, Format(parse.GetValue(to)!), parse.GetValue(output)!,
            parse.GetValue(endpoints), parse.GetValue(protocol)));
        return command;
    }

    private static ExportFormat Format(string to) => to switch
    {
        "r" => ExportFormat.R,
        "spss" => ExportFormat.Spss,
        _ => ExportFormat.Odm,
    };

    private static int Run(CliConsole console, string cohortPath, ExportFormat format, string output, bool withEndpoints, string? protocolPath)
    {
        var parameters = MesenLuthParameters.Published;
        if (protocolPath is not null)
        {
            if (!withEndpoints)
            {
                console.Error.WriteLine("lutetia convert: --protocol only matters with --with-endpoints; add --with-endpoints or leave --protocol out.");
                return LutetiaCli.Usage;
            }
            var (loaded, problems) = ProtocolFile.Load(protocolPath);
            foreach (var problem in problems)
                console.Error.WriteLine($"error: {problem}");
            if (loaded is null)
                return LutetiaCli.Failure;
            parameters = loaded;
        }
        var cohort = IntakeMessages.Load(console, cohortPath);
        if (cohort is null)
            return LutetiaCli.Failure;
        StudyResults? results = null;
        if (withEndpoints)
        {
            results = console.WithProgress("Deriving the endpoints", progress => StudyAnalysis.Analyze(cohort, parameters, progress));
            foreach (var problem in results.Problems)
                console.Error.WriteLine($"warning: {problem}");
        }
        var dataset = ExportDataset.From(cohort, results);
        var files = Exporter.Files(format, dataset, new ExportOptions(DateTimeOffset.UtcNow));
        var written = Exporter.Write(files, output);
        var rows = dataset.Tables.Sum(t => t.Rows.Count);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {written.Count} file{(written.Count == 1 ? "" : "s")} ({dataset.Tables.Count} tables, {rows} rows) to {output}: {string.Join(", ", files.Select(f => f.Name))}."));
        console.Out.WriteLine(format switch
        {
            ExportFormat.R => $"Load them in R with: source(\"{Path.Combine(output, RExport.ScriptName)}\")",
            ExportFormat.Spss => $"Load them in SPSS or PSPP by running {SpssExport.SyntaxName} from {output}.",
            _ => $"The ODM file is {Path.Combine(output, OdmExport.FileName)}.",
        });
        return LutetiaCli.Success;
    }
}
