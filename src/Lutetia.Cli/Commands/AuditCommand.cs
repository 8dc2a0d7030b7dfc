using System.CommandLine;
using Lutetia.Storage;

namespace Lutetia.Cli.Commands;

/// <summary><c>lutetia audit verify [--db CONN]</c>: checks the audit trail's hash chain and names the first broken link (exit 1).</summary>
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
        return new Command("audit", "The audit trail of the database")
        {
            verify,
        };
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
