using System.CommandLine;
using System.Globalization;
using Lutetia.Intake;
using Lutetia.Storage;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia import COHORT [--db CONN]</c>: reads a cohort with the one rule set of Lutetia.Intake
/// and writes it into the database in one transaction — all of it, or nothing when it has any error.
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
        if (!StudyToday.TryGet(console, out var today))
            return LutetiaCli.Failure;
        var result = console.WithProgress("Reading the cohort", progress =>
            CohortReader.Read(path, new ReadOptions(today) { Progress = new FractionProgress(progress) }));
        var problems = result.Problems;
        foreach (var error in problems.Errors)
            console.Error.WriteLine($"error: {error}");
        foreach (var warning in problems.Warnings)
            console.Error.WriteLine($"warning: {warning}");
        if (result.Cohort is null)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path}: not valid — {problems.ErrorCount} error(s). Nothing was imported: fix the errors above (lutetia validate lists them too) and import again."));
            return LutetiaCli.Failure;
        }
        if (!LutetiaDatabase.TryOpenForCommand(dbArgument, mustExist: false, out var db, out var problem))
        {
            console.Error.WriteLine($"lutetia import: {problem}");
            return LutetiaCli.Failure;
        }
        using (db)
        {
            db.Reason = $"import of {Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)))}";
            try
            {
                var rows = CohortStore.Import(db, result.Cohort);
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: imported {rows} rows ({result.Summary}) into {LutetiaConnection.Parse(dbArgument)}"));
                return LutetiaCli.Success;
            }
            catch (InvalidOperationException e)
            {
                console.Error.WriteLine($"lutetia import: {e.Message}. Nothing was imported.");
                return LutetiaCli.Failure;
            }
        }
    }

    /// <summary>Maps the reader's table-by-table progress onto the bar, on the calling thread.</summary>
    private sealed class FractionProgress(IProgress<double> bar) : IProgress<ReadProgress>
    {
        public void Report(ReadProgress value) => bar.Report(value.Fraction);
    }
}
