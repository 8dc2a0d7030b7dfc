using System.CommandLine;
using Lutetia.Analysis;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia demo [--out DIR]</c>: the full report of the bundled MesenLuth twin — a synthetic
/// cohort on which the protocol reproduces the paper's figures — into ./lutetia-demo.
/// </summary>
public static class DemoCommand
{
    private const string ResourcePrefix = "Lutetia.Samples.MesenLuthTwin.";

    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--out") { Description = "Folder to write the demo report to", DefaultValueFactory = _ => "lutetia-demo" };
        var command = new Command("demo", "Analyse and report the bundled MesenLuth twin cohort (synthetic data) and print the report's path") { output };
        command.SetAction(parse => Run(console, parse.GetValue(output)!));
        return command;
    }

    private static int Run(CliConsole console, string output)
    {
        var cohort = Path.Combine(output, "mesenluth-twin");
        ExtractTwin(cohort);
        var results = AnalyzeCommand.Analyse(console, cohort, protocolPath: null);
        if (results is null)
            return LutetiaCli.Failure;
        var report = ReportCommand.Write(results, output, "the MesenLuth twin (synthetic data)");
        console.Out.WriteLine($"Open the report: {report}");
        return LutetiaCli.Success;
    }

    /// <summary>Writes the twin's CSV files, embedded in this program, to a folder (so that the demo needs no checkout).</summary>
    private static void ExtractTwin(string folder)
    {
        var assembly = typeof(DemoCommand).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).ToArray();
        if (names.Length == 0)
            throw new InvalidOperationException("The MesenLuth twin is not embedded in this build of lutetia.");
        Directory.CreateDirectory(folder);
        foreach (var name in names)
        {
            using var source = assembly.GetManifestResourceStream(name)!;
            AtomicFile.Write(Path.Combine(folder, name[ResourcePrefix.Length..]), target => source.CopyTo(target));
        }
    }
}
