using System.CommandLine;
using System.Globalization;
using Lutetia.Analysis;

namespace Lutetia.Cli.Commands;

/// <summary><c>lutetia analyze COHORT --out DIR [--protocol FILE]</c>: endpoints.csv and results.json (outputs.md).</summary>
public static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var cohort = new Argument<string>("COHORT") { Description = "A folder of CSV files or an .xlsx workbook in the cohort format" };
        var output = new Option<string>("--out") { Description = "Folder to write endpoints.csv and results.json to", Required = true };
        var protocol = ProtocolOption();
        var command = new Command("analyze", "Derive every MesenLuth endpoint of every patient and the study's results")
        {
            cohort,
            output,
            protocol,
        };
        command.SetAction(parse => Run(console, parse.GetValue(cohort)!, parse.GetValue(output)!, parse.GetValue(protocol)));
        return command;
    }

    internal static Option<string?> ProtocolOption() => new("--protocol")
    {
        Description = "A JSON protocol file overriding the MesenLuth parameters (keys as results.json's \"parameters\")",
    };

    private static int Run(CliConsole console, string cohortPath, string output, string? protocolPath)
    {
        var results = Analyse(console, cohortPath, protocolPath);
        if (results is null)
            return LutetiaCli.Failure;
        Directory.CreateDirectory(output);
        EndpointsCsv.Write(results, Path.Combine(output, "endpoints.csv"));
        ResultsJson.Write(results, Path.Combine(output, "results.json"));
        console.Out.WriteLine($"Wrote {Path.Combine(output, "endpoints.csv")} and {Path.Combine(output, "results.json")}.");
        return LutetiaCli.Success;
    }

    /// <summary>
    /// Reads the protocol and the cohort and analyses it; null (after saying why on stderr) when
    /// either is invalid, so that nothing is written. Endpoints that cannot be computed for a patient
    /// are listed on stderr; the rest is still analysed.
    /// </summary>
    internal static StudyResults? Analyse(CliConsole console, string cohortPath, string? protocolPath)
    {
        var parameters = MesenLuthParameters.Published;
        if (protocolPath is not null)
        {
            var (loaded, problems) = ProtocolFile.Load(protocolPath);
            foreach (var problem in problems)
                console.Error.WriteLine($"error: {problem}");
            if (loaded is null)
                return null;
            parameters = loaded;
        }
        var cohort = IntakeMessages.Load(console, cohortPath);
        if (cohort is null)
            return null;
        var results = console.WithProgress("Deriving the endpoints", progress => StudyAnalysis.Analyze(cohort, parameters, progress));
        foreach (var problem in results.Problems)
            console.Error.WriteLine($"warning: {problem}");
        var included = results.Patients.Count(p => p.Included);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{cohortPath}: {results.Patients.Count} patients screened, {included} included, {results.Patients.Count - included} excluded."));
        return results;
    }
}
