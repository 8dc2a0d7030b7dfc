using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Storage.Backup;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia backup --db … --out FILE [--format native|logical]</c>: a consistent backup of the
/// database while the server runs, with the schema version and the audit chain head recorded in it
/// (docs/storage.md, "Backup and restore").
/// </summary>
public static class BackupCommand
{
    public static Command Create(CliConsole console)
    {
        var db = ImportCommand.DbOption();
        var output = new Option<string>("--out") { Description = "The backup file to write (a zip archive; readable by its owner only)", Required = true };
        var format = new Option<string>("--format")
        {
            Description = "native (default: SQLite's online backup; pg_dump when on PATH, else logical) or logical (every table, restores into SQLite or PostgreSQL)",
            DefaultValueFactory = _ => "native",
        };
        format.AcceptOnlyFromAmong("native", "logical");
        var command = new Command("backup", "Back up the database while the server runs, with its audit chain head; restore with `lutetia restore`")
        {
            db,
            output,
            format,
        };
        command.SetAction(parse => Run(console, parse.GetValue(db), parse.GetValue(output)!, parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliConsole console, string? dbArgument, string output, string format)
    {
        if (!LutetiaConnection.TryParse(dbArgument, out var connection, out var unparsed))
        {
            console.Error.WriteLine($"lutetia backup: {unparsed}");
            return LutetiaCli.Failure;
        }
        var clock = Stopwatch.StartNew();
        var outcome = LutetiaBackup.Create(connection, output, format == "logical" ? BackupFormat.Logical : BackupFormat.Native);
        if (outcome.Manifest is not { } manifest)
        {
            console.Error.WriteLine($"lutetia backup: {outcome.Problem}. No backup was written.");
            return LutetiaCli.Failure;
        }
        if (outcome.Note is not null)
            console.Error.WriteLine($"note: {outcome.Note}");
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{output}: {manifest.Describe()}, schema {manifest.SchemaName}, {manifest.RowCount} rows in {manifest.Tables.Count} tables, " +
            $"{new FileInfo(output).Length} bytes, {clock.Elapsed.TotalSeconds:0.0} s"));
        console.Out.WriteLine($"audit chain head {manifest.Head} (check it after a restore with `lutetia audit verify --head {manifest.Head}`)");
        return LutetiaCli.Success;
    }
}
