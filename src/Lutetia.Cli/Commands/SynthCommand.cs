using System.CommandLine;
using System.Globalization;
using Lutetia.Intake;

namespace Lutetia.Cli.Commands;

/// <summary><c>lutetia synth --patients N [--seed S] --out DIR</c>: a synthetic cohort in the interchange format.</summary>
public static class SynthCommand
{
    public static Command Create(CliConsole console)
    {
        var patients = new Option<int>("--patients") { Description = "How many patients (about 10 % of them ineligible)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator: the same seed gives the same cohort", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "Folder to write the CSV files to, or a path ending in .xlsx for a workbook", Required = true };
        patients.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 10_000_000)
                result.AddError("--patients must be between 1 and 10000000");
        });
        var command = new Command("synth", "Write a synthetic cohort (valid, realistic, deterministic for a seed) in the cohort format")
        {
            patients,
            seed,
            output,
        };
        command.SetAction(parse => Run(console, parse.GetValue(patients), parse.GetValue(seed), parse.GetValue(output)!));
        return command;
    }

    private static int Run(CliConsole console, int patients, int seed, string output)
    {
        var cohort = console.WithProgress("Synthesising", progress =>
            SyntheticCohort.Generate(new SynthesisOptions(patients, seed), progress));
        if (output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            XlsxCohortWriter.Write(cohort, output);
        else
            CsvCohortWriter.Write(cohort, output);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{output}: synthetic cohort of {cohort.Patients.Count} patients in {cohort.Centers.Count} centres (seed {seed}), {cohort.Measurements.Count} measurements"));
        return LutetiaCli.Success;
    }
}
