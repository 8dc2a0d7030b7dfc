using System.CommandLine;
using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Storage.Backup;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia restore FILE --db …</c>: restores a backup into an empty database, then verifies the
/// audit chain, its head against the one recorded in the backup, the data against the trail and the
/// row counts; exit 1 on any problem (docs/storage.md, "Backup and restore").
/// </summary>
public static class RestoreCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A backup file written by `lutetia backup`" };
        var db = ImportCommand.DbOption();
        var command = new Command("restore", "Restore a backup into an EMPTY database and verify its audit trail and data")
        {
            file,
            db,
        };
        command.SetAction(parse => Run(console, parse.GetValue(file)!, parse.GetValue(db)));
        return command;
    }

    private static int Run(CliConsole console, string file, string? dbArgument)
    {
        if (!LutetiaConnection.TryParse(dbArgument, out var connection, out var unparsed))
        {
            console.Error.WriteLine($"lutetia restore: {unparsed}");
            return LutetiaCli.Failure;
        }
        var outcome = LutetiaRestore.Run(file, connection);
        foreach (var line in outcome.Lines)
            console.Out.WriteLine(line);
        if (outcome.Succeeded)
            return LutetiaCli.Success;
        console.Error.WriteLine($"lutetia restore: {outcome.Problem}" + (outcome.Written ? "" : ". Nothing was written."));
        return LutetiaCli.Failure;
    }
}
