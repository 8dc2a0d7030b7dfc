using System.CommandLine;
using System.CommandLine.Parsing;
using Lutetia.Analysis;
using Lutetia.Domain;
using Lutetia.Intake.SubjectTables;
using Lutetia.Reporting.Figures;
using Lutetia.Reporting.SurvivalOutputs;
using Lutetia.Statistics.Cox;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia cox FILE.csv --time COL --event COL [--covariates A,B,…] [--factors C,D,…] [--reference C=level …]
/// [--ties efron|breslow] [--strata COL] --out DIR</c>: a Cox proportional-hazards model fitted as R's coxph
/// (statistics.md), factors coded as R's treatment contrasts, written as cox.json (the multivariable
/// model), hazard_ratios.csv (univariable and multivariable HR per term and level) and forest.svg/png.
/// A model that cannot be fitted (no convergence, a covariate separating the data) is an error, not a number.
/// </summary>
public static class CoxCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV file with a header row, one row per subject" };
        var time = new Option<string>("--time") { HelpName = "COL", Description = "Column of follow-up times (≥ 0)", Required = true };
        var status = new Option<string>("--event") { HelpName = "COL", Description = "Column of event indicators: 1 event, 0 censored", Required = true };
        var covariates = ListOption("--covariates", "Numeric covariate columns, comma-separated: age,karno");
        var factors = ListOption("--factors", "Categorical covariate columns, comma-separated, coded as R's treatment contrasts: celltype,trt");
        var references = new Option<string[]>("--reference")
        {
            HelpName = "COL=LEVEL",
            Description = "Reference level of a factor (default: its first level in R's order); repeat for several factors",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var ties = new Option<string>("--ties") { Description = "Handling of tied event times, as R's coxph", DefaultValueFactory = _ => "efron" };
        ties.AcceptOnlyFromAmong("efron", "breslow");
        var strata = new Option<string?>("--strata") { HelpName = "COL", Description = "Column of stratum labels: a baseline hazard per stratum" };
        var output = new Option<string>("--out") { HelpName = "DIR", Description = "Folder to write cox.json, hazard_ratios.csv, forest.svg and forest.png to", Required = true };
        var command = new Command("cox", "Cox proportional-hazards model of any table, equal to R's coxph: cox.json, hazard_ratios.csv, forest plot")
        {
            file, time, status, covariates, factors, references, ties, strata, output,
        };
        command.Validators.Add(result => CoxArguments.Check(result, covariates, factors, references));
        command.SetAction(parse => Run(console, new Request(parse.GetValue(file)!, parse.GetValue(time)!, parse.GetValue(status)!,
            CoxArguments.Names(parse.GetValue(covariates)) ?? [], CoxArguments.Names(parse.GetValue(factors)) ?? [],
            CoxArguments.References(parse.GetValue(references))!, parse.GetValue(ties) == "breslow" ? CoxTies.Breslow : CoxTies.Efron,
            parse.GetValue(strata), parse.GetValue(output)!)));
        return command;
    }

    private static Option<string> ListOption(string name, string description)
    {
        var option = new Option<string>(name) { HelpName = "A,B,…", Description = description };
        option.Validators.Add(result =>
        {
            if (CoxArguments.Names(result.GetValueOrDefault<string>()) is null)
                result.AddError($"{name} must list distinct, non-empty column names separated by commas, e.g. {name} age,sex");
        });
        return option;
    }

    private sealed record Request(string File, string Time, string Event, string[] Covariates, string[] Factors,
        Dictionary<string, string> References, CoxTies Ties, string? Strata, string Out);

    private static int Run(CliConsole console, Request r)
    {
        // The drawing library loads on the second core while this one reads the table.
        FigureEngine.Preload();
        List<ColumnRequest> columns = [new(r.Time, ColumnKind.Time, "--time"), new(r.Event, ColumnKind.Event, "--event")];
        foreach (var c in r.Covariates) columns.Add(new(c, ColumnKind.Number, "--covariates"));
        foreach (var f in r.Factors) columns.Add(new(f, ColumnKind.Label, "--factors"));
        if (r.Strata is not null) columns.Add(new(r.Strata, ColumnKind.Label, "--strata"));
        var table = InputMessages.Load(console.Out, console.Error, "cox", r.File, columns);
        if (table is null) return LutetiaCli.Failure;
        // The terms in R's formula order: the numeric covariates, then the factors.
        var terms = new List<CoxTerm>(r.Covariates.Length + r.Factors.Length);
        foreach (var c in r.Covariates) terms.Add(CoxTerm.Numeric(c, table.Numbers(c)));
        foreach (var f in r.Factors) terms.Add(CoxTerm.Factor(f, table.Labels(f), r.References.GetValueOrDefault(f)));
        var report = CoxHazardRatios.TryReport(table.Numbers(r.Time), table.Events(r.Event), terms,
            r.Strata is null ? [] : table.Labels(r.Strata), CoxOptions.Default with { Ties = r.Ties });
        if (report.Problem is { } refusal)
        {
            console.Error.WriteLine($"error: {table.File}: {refusal.Message}");
            return LutetiaCli.Failure;
        }
        var json = CoxJson.Write(report.Value.Multivariable);
        var csv = HazardRatioOutputs.Csv(report.Value);
        var (svg, png) = FigureEngine.Render(HazardRatioOutputs.Forest(report.Value));
        OutputFolder.Write(console, r.Out,
            ("cox.json", json), ("hazard_ratios.csv", csv), ("forest.svg", System.Text.Encoding.UTF8.GetBytes(svg)), ("forest.png", png));
        return LutetiaCli.Success;
    }
}
