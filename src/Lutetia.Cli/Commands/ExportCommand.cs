using System.CommandLine;
using System.Globalization;
using Lutetia.Intake;
using Lutetia.Workflow;
using Lutetia.Workflow.Export;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia export --out DIR|FILE.xlsx [--db CONN] [--center ID]</c>: the database's cohort in the
/// interchange format, every table in the order it was imported (export → import → export is identical),
/// through <see cref="ExportCohort"/> in the operator's name.
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
        if (!CommandStudy.TryOpen(dbArgument, mustExist: true, out var workflow, out var problem))
        {
            console.Error.WriteLine($"lutetia export: {problem}");
            return LutetiaCli.Failure;
        }
        using (workflow)
        {
            var exported = workflow.Get<ExportCohort>().RunAsync(workflow.Operator, center, visible: null, lockedOnly: false, CancellationToken.None).GetAwaiter().GetResult();
            if (!exported.TryGetValue(out var export))
            {
                console.Error.WriteLine($"lutetia export: {exported.Refusal!.Message}. Nothing was written.");
                return LutetiaCli.Failure;
            }
            var cohort = export.Cohort;
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
