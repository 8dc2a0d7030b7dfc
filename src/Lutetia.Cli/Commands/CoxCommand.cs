using Lutetia.Domain;
using System.CommandLine;
using Lutetia.Analysis;
using Lutetia.Cli.Tables;
using Lutetia.Statistics.Cox;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia cox FILE.csv --time COL --event COL --covariates A,B,… [--ties efron|breslow] [--strata COL] --out DIR</c>:
/// a Cox proportional-hazards model fitted as R's coxph (statistics.md), written as cox.json. A model
/// that cannot be fitted (no convergence, a covariate separating the data) is an error, not a number.
/// </summary>
public static class CoxCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV file with a header row, one row per subject" };
        var time = new Option<string>("--time") { HelpName = "COL", Description = "Column of follow-up times (≥ 0)", Required = true };
        var status = new Option<string>("--event") { HelpName = "COL", Description = "Column of event indicators: 1 event, 0 censored", Required = true };
        var covariates = new Option<string>("--covariates") { HelpName = "A,B,…", Description = "Numeric covariate columns, comma-separated: age,sex", Required = true };
        covariates.Validators.Add(result =>
        {
            if (Names(result.GetValueOrDefault<string>()) is null)
                result.AddError("--covariates must list distinct, non-empty column names separated by commas, e.g. --covariates age,sex");
        });
        var ties = new Option<string>("--ties") { Description = "Handling of tied event times, as R's coxph", DefaultValueFactory = _ => "efron" };
        ties.AcceptOnlyFromAmong("efron", "breslow");
        var strata = new Option<string?>("--strata") { HelpName = "COL", Description = "Column of stratum labels: a baseline hazard per stratum" };
        var output = new Option<string>("--out") { HelpName = "DIR", Description = "Folder to write cox.json to", Required = true };
        var command = new Command("cox", "Cox proportional-hazards model of any table, equal to R's coxph: cox.json")
        {
            file, time, status, covariates, ties, strata, output,
        };
        command.SetAction(parse => Run(console, parse.GetValue(file)!, parse.GetValue(time)!, parse.GetValue(status)!,
            Names(parse.GetValue(covariates))!, parse.GetValue(ties) == "breslow" ? CoxTies.Breslow : CoxTies.Efron,
            parse.GetValue(strata), parse.GetValue(output)!));
        return command;
    }

    /// <summary>The covariate names of --covariates; null when one is empty or repeated.</summary>
    private static string[]? Names(string? list)
    {
        if (list is null) return null;
        var names = list.Split(',', StringSplitOptions.TrimEntries);
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0 || Array.IndexOf(names, names[i], 0, i) >= 0) return null;
        }
        return names;
    }

    private static int Run(CliConsole console, string file, string time, string status, string[] covariates, CoxTies ties, string? strata, string output)
    {
        List<ColumnRequest> columns = [new(time, ColumnKind.Time, "--time"), new(status, ColumnKind.Event, "--event")];
        foreach (var c in covariates) columns.Add(new(c, ColumnKind.Number, "--covariates"));
        if (strata is not null) columns.Add(new(strata, ColumnKind.Label, "--strata"));
        var table = InputMessages.Load(console.Out, console.Error, "cox", file, columns);
        if (table is null) return LutetiaCli.Failure;
        var values = new List<CoxCovariate>(covariates.Length);
        foreach (var c in covariates) values.Add(new CoxCovariate(c, table.Numbers(c)));
        CoxModel model;
        try
        {
            model = CoxRegression.Fit(table.Numbers(time), table.Events(status), values,
                strata is null ? [] : table.Labels(strata), CoxOptions.Default with { Ties = ties });
        }
        catch (CoxFitException e)
        {
            console.Error.WriteLine($"error: {table.File}: {e.Message}");
            return LutetiaCli.Failure;
        }
        catch (ArgumentException e)
        {
            console.Error.WriteLine($"error: {table.File}: {e.Plain()}");
            return LutetiaCli.Failure;
        }
        var json = CoxJson.Write(model);
        Directory.CreateDirectory(output);
        AtomicFile.Write(Path.Combine(output, "cox.json"), s => s.Write(json));
        console.Out.WriteLine($"Wrote cox.json to {output}.");
        return LutetiaCli.Success;
    }
}
