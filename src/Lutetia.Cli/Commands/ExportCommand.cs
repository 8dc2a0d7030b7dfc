using Lutetia.Domain;
using System.CommandLine;
using System.Globalization;
using Lutetia.Intake;
using Lutetia.Storage;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia export --out DIR|FILE.xlsx [--db CONN] [--center ID]</c>: the database's cohort in the
/// interchange format, every table in the order it was imported (export → import → export is identical).
/// </summary>
public static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--out") { Description = "Folder to write the CSV files to, or a path ending in .xlsx for a workbook", Required = true };
        var db = ImportCommand.DbOption();
        var center = new Option<string?>("--center") { Description = "Export only this centre and its patients (an investigator's export)" };
        var command = new Command("export", "Write the database's cohort as CSV files or one .xlsx workbook in the cohort format")
        {
            output,
            db,
            center,
        };
        command.SetAction(parse => Run(console, parse.GetValue(output)!, parse.GetValue(db), parse.GetValue(center)));
        return command;
    }

    private static int Run(CliConsole console, string output, string? dbArgument, string? center)
    {
        if (!LutetiaDatabase.TryOpenForCommand(dbArgument, mustExist: true, out var db, out var problem))
        {
            console.Error.WriteLine($"lutetia export: {problem}");
            return LutetiaCli.Failure;
        }
        using (db)
        {
            // An unknown --center is the user's mistake, said here; CohortStore.Export throws on one as a programmer error.
            var centers = db.Centers.OrderBy(c => c.Sequence).Select(c => c.CenterId).ToList();
            if (center is not null && !centers.Contains(center, StringComparer.Ordinal))
            {
                console.Error.WriteLine($"lutetia export: there is no centre \"{center}\" in the database; the centres are {string.Join(", ", centers)}. Nothing was written.");
                return LutetiaCli.Failure;
            }
            var cohort = CohortStore.Export(db, center);
            if (cohort.Patients.Count == 0)
            {
                console.Error.WriteLine("lutetia export: the database holds no patient yet (import a cohort with lutetia import first). Nothing was written.");
                return LutetiaCli.Failure;
            }
            if (output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                XlsxCohortWriter.Write(cohort, output);
            else
                CsvCohortWriter.Write(cohort, output);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{output}: exported {cohort.Patients.Count} patients in {cohort.Centers.Count} centre(s), {cohort.Measurements.Count} measurements"));
            return LutetiaCli.Success;
        }
    }
}
