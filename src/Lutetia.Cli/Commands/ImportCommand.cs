using System.CommandLine;
using System.Globalization;
using Lutetia.Storage;
using Lutetia.Workflow;
using Lutetia.Workflow.Import;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia import COHORT [--db CONN]</c>: checks a cohort with the one rule set of Lutetia.Intake
/// (<see cref="CheckCohortFile"/>, the study's date from <c>LUTETIA_TIME_ZONE</c>) and writes it into
/// the database through the audit trail in one transaction (<see cref="ImportCohort"/>) — all of it,
/// or nothing when it has any error.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var cohort = new Argument<string>("COHORT") { Description = "A folder of CSV files or an .xlsx workbook in the cohort format" };
        var db = DbOption();
        var command = new Command("import", "Import a valid cohort into an empty Lutetia database (every row audited; an invalid cohort imports nothing)")
        {
            cohort,
            db,
        };
        command.SetAction(parse => Run(console, parse.GetValue(cohort)!, parse.GetValue(db)));
        return command;
    }

    /// <summary>The --db option every storage command takes.</summary>
    internal static Option<string?> DbOption() => new("--db")
    {
        Description = "The database: a SQLite file path or \"Data Source=FILE\" (default ./lutetia.db), or a PostgreSQL \"Host=…;Database=…;Username=…\" (the password from LUTETIA_DB_PASSWORD_FILE, LUTETIA_DB_PASSWORD, PGPASSWORD or ~/.pgpass: a password in --db is visible in ps)",
    };

    private static int Run(CliConsole console, string path, string? dbArgument)
    {
        if (!StudyClock.TryFromEnvironment(out var clock, out var zoneProblem))
        {
            console.Error.WriteLine($"error: {zoneProblem}");
            return LutetiaCli.Failure;
        }
        // The file is checked before the database is opened: an invalid cohort creates no database file.
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
        using var fileOnly = WorkflowScope.WithoutDatabase(clock);
        var checkedFile = console.WithProgress("Reading the cohort", progress =>
            fileOnly.Get<CheckCohortFile>().RunAsync(CommandStudy.CommandLineOperator, path, path, new FractionProgress(progress), CancellationToken.None).GetAwaiter().GetResult());
        if (!checkedFile.TryGetValue(out var cohort))
            return Refused(console, checkedFile.Refusal!);
        foreach (var warning in cohort.Warnings)
            console.Error.WriteLine($"warning: {warning}");
        if (!CommandStudy.TryOpen(dbArgument, mustExist: false, out var workflow, out var problem))
        {
            console.Error.WriteLine($"lutetia import: {problem}");
            return LutetiaCli.Failure;
        }
        using (workflow)
        {
            var rows = workflow.Get<ImportCohort>().RunAsync(workflow.Operator, cohort, $"import of {name}", CancellationToken.None).GetAwaiter().GetResult();
            if (rows.Refusal is { } refused)
            {
                console.Error.WriteLine($"lutetia import: {refused.Message}. Nothing was imported.");
                return LutetiaCli.Failure;
            }
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path}: imported {rows.Value} rows ({cohort.Summary}) into {LutetiaConnection.Parse(dbArgument)}"));
            return LutetiaCli.Success;
        }
    }

    /// <summary>An invalid cohort: every error and warning as the reader words it, then what to do.</summary>
    private static int Refused(CliConsole console, Refusal refusal)
    {
        foreach (var field in refusal.Fields)
            console.Error.WriteLine(field.Message);
        console.Error.WriteLine(refusal.Kind == RefusalKind.Invalid ? refusal.Message + " (lutetia validate lists them too)." : $"lutetia import: {refusal.Sentence}");
        return LutetiaCli.Failure;
    }
}
