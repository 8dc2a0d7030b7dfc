using System.CommandLine;
using Lutetia.Analysis;
using Lutetia.Domain;
using Lutetia.Intake.SubjectTables;
using Lutetia.Reporting.Figures;
using Lutetia.Reporting.SurvivalOutputs;
using Lutetia.Statistics.Distributions;
using Lutetia.Statistics.Survival;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia survival FILE.csv --time COL --event COL [--group COL] [--conf-type log|log-log|plain] --out DIR</c>:
/// Kaplan–Meier on any table, as R's survfit / summary.survfit / survdiff (statistics.md): km.csv,
/// summary.json (with the log-rank test when grouped), and the KMunicate figure as km.png and km.svg.
/// Every file is written under a temporary name and renamed once complete.
/// </summary>
public static class SurvivalCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV file with a header row, one row per subject" };
        var time = new Option<string>("--time") { HelpName = "COL", Description = "Column of follow-up times (≥ 0)", Required = true };
        var status = new Option<string>("--event") { HelpName = "COL", Description = "Column of event indicators: 1 event, 0 censored", Required = true };
        var group = new Option<string?>("--group") { HelpName = "COL", Description = "Column of group labels: a curve per group and the log-rank test" };
        var confType = new Option<string>("--conf-type") { Description = "Confidence interval transformation, as R's conf.type", DefaultValueFactory = _ => "log" };
        confType.AcceptOnlyFromAmong("log", "log-log", "plain");
        var output = new Option<string>("--out") { HelpName = "DIR", Description = "Folder to write km.csv, summary.json, km.png and km.svg to", Required = true };
        var band = new Option<bool>("--band") { Description = "Shade each curve's pointwise confidence band in the figure" };
        var medians = new Option<bool>("--median-lines") { Description = "Draw dashed lines to each reached median in the figure" };
        var spss = new Option<bool>("--spss-median-ci") { Description = "Add each group's median CI as SPSS computes it (median ± 1.96 · SE of the median) to summary.json as \"median_ci95_spss\"" };
        var timeLabel = new Option<string?>("--time-label") { HelpName = "TEXT", Description = "Title of the figure's time axis (default: the --time column's name)" };
        var command = new Command("survival", "Kaplan–Meier curves, medians, restricted means and the log-rank test of any table, equal to R's survival")
        {
            file, time, status, group, confType, output, band, medians, timeLabel, spss,
        };
        command.SetAction(parse => Run(console, new Request(parse.GetValue(file)!, parse.GetValue(time)!, parse.GetValue(status)!,
            parse.GetValue(group), Type(parse.GetValue(confType)!), parse.GetValue(output)!,
            new KaplanMeierFigureOptions(parse.GetValue(timeLabel) ?? parse.GetValue(time)!, parse.GetValue(group), parse.GetValue(band), parse.GetValue(medians)), parse.GetValue(spss))));
        return command;
    }

    private sealed record Request(string File, string Time, string Event, string? Group, ConfidenceType ConfType, string Out, KaplanMeierFigureOptions Figure, bool SpssMedianCi);

    private static ConfidenceType Type(string name) => name switch
    {
        "log-log" => ConfidenceType.LogLog,
        "plain" => ConfidenceType.Plain,
        _ => ConfidenceType.Log,
    };

    private static int Run(CliConsole console, Request r)
    {
        if (string.IsNullOrWhiteSpace(r.Figure.TimeTitle))
        {
            console.Error.WriteLine("lutetia survival: --time-label is blank; give the time axis a title, e.g. \"Months since first cycle\".");
            return LutetiaCli.Usage;
        }
        // The drawing library loads on the second core while this one reads the table.
        FigureEngine.Preload();
        List<ColumnRequest> columns = [new(r.Time, ColumnKind.Time, "--time"), new(r.Event, ColumnKind.Event, "--event")];
        if (r.Group is not null) columns.Add(new(r.Group, ColumnKind.Label, "--group"));
        var table = InputMessages.Load(console.Out, console.Error, "survival", r.File, columns);
        if (table is null) return LutetiaCli.Failure;
        double[] time = table.Numbers(r.Time);
        int[] status = table.Events(r.Event);
        string[] group = r.Group is null ? [] : table.Labels(r.Group);
        var options = new KaplanMeierOptions(r.ConfType);
        // The log-rank test runs beside the curves; the figure is drawn while the tables are written.
        var test = r.Group is null
            ? Task.FromResult<Attempt<ChiSquareTest>?>(null)
            : Task.Run<Attempt<ChiSquareTest>?>(() => LogRank.TryTest(time, status, group).Map(result => result.Test));
        var fit = KaplanMeier.FitByGroup(time, status, group, options);
        if (r.Group is not null && fit.Curves.Length < 2)
        {
            console.Error.WriteLine($"error: {table.File}, column '{r.Group}': every kept row has the same group '{fit.Curves[0].Group}'; " +
                "the log-rank test needs at least two groups. Leave out --group for a single curve.");
            return LutetiaCli.Failure;
        }
        var figure = Task.Run(() => KaplanMeierFigure.Plot(fit, r.Figure).Map(plot => FigureEngine.Render(plot)));
        var csv = KaplanMeierOutputs.Csv(fit);
        var logRank = test.GetAwaiter().GetResult();
        if (logRank?.Problem is { } untestable)
            return Refused(console, table.File, untestable);
        var summary = KaplanMeierOutputs.SummaryJson(fit, options.ConfType, options.ConfLevel, logRank?.Value, r.SpssMedianCi);
        var drawn = figure.GetAwaiter().GetResult();
        if (drawn.Problem is { } undrawable)
            return Refused(console, table.File, undrawable);
        var (svg, png) = drawn.Value;
        OutputFolder.Write(console, r.Out,
            ("km.csv", csv), ("summary.json", summary), ("km.png", png), ("km.svg", System.Text.Encoding.UTF8.GetBytes(svg)));
        return LutetiaCli.Success;
    }

    private static int Refused(CliConsole console, string file, DataProblem refusal)
    {
        console.Error.WriteLine($"error: {file}: {refusal.Message}");
        return LutetiaCli.Failure;
    }
}
