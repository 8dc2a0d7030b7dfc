using System.CommandLine;
using Lutetia.Storage;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia audit verify [--db CONN]</c>: checks the audit trail's hash chain and names the first
/// broken link (exit 1). <c>lutetia audit export --out FILE.csv [--patient ID] [--db CONN]</c>: the
/// trail, or one patient's history, as CSV.
/// </summary>
public static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var db = ImportCommand.DbOption();
        var verify = new Command("verify", "Check every link of the audit trail's SHA-256 chain; report the first broken one (exit 1)")
        {
            db,
        };
        verify.SetAction(parse => Verify(console, parse.GetValue(db)));
        var exportDb = ImportCommand.DbOption();
        var output = new Option<string>("--out") { Description = "The CSV file to write", Required = true };
        var patient = new Option<string?>("--patient") { Description = "Only the history of this patient's rows" };
        var export = new Command("export", "Write the audit trail (or one patient's history) as CSV, hashes included")
        {
            output,
            patient,
            exportDb,
        };
        export.SetAction(parse => Export(console, parse.GetValue(output)!, parse.GetValue(patient), parse.GetValue(exportDb)));
        return new Command("audit", "The audit trail of the database")
        {
            verify,
            export,
        };
    }

    private static int Export(CliConsole console, string output, string? patient, string? dbArgument)
    {
        if (!LutetiaDatabase.TryOpenForCommand(dbArgument, mustExist: true, out var db, out var problem))
        {
            console.Error.WriteLine($"lutetia audit export: {problem}");
            return LutetiaCli.Failure;
        }
        using (db)
        {
            if (patient is not null && !db.Patients.Any(p => p.PatientId == patient) && !db.AuditEntries.Any(e => e.PatientId == patient))
            {
                console.Error.WriteLine($"lutetia audit export: there is no patient \"{patient}\" in the database nor in its audit trail. Nothing was written.");
                return LutetiaCli.Failure;
            }
            var entries = patient is null ? AuditTrail.All(db) : AuditTrail.ForPatient(db, patient);
            var count = AuditCsv.Write(entries, output);
            var whose = patient is null ? "" : $" about patient {patient}";
            console.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{output}: {count} audit entries{whose}"));
            return LutetiaCli.Success;
        }
    }

    private static int Verify(CliConsole console, string? dbArgument)
    {
        if (!LutetiaDatabase.TryOpenForCommand(dbArgument, mustExist: true, out var db, out var problem))
        {
            console.Error.WriteLine($"lutetia audit verify: {problem}");
            return LutetiaCli.Failure;
        }
        using (db)
        {
            var verdict = AuditTrail.Verify(db);
            if (verdict.IsIntact)
            {
                console.Out.WriteLine(verdict.Message);
                return LutetiaCli.Success;
            }
            console.Error.WriteLine($"audit trail BROKEN: {verdict.Message}.");
            console.Error.WriteLine($"The {verdict.EntriesChecked} entries before it are intact. The trail was changed outside Lutetia: " +
                                    "keep the database as it is and compare it with your last backup.");
            return LutetiaCli.Failure;
        }
    }
}
