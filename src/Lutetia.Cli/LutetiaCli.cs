using System.CommandLine;
using Lutetia.Cli.Commands;

namespace Lutetia.Cli;

/// <summary>
/// The <c>lutetia</c> command line (outputs.md): exit 0 on success, 1 when the input is invalid or
/// a step failed (a message on stderr saying what, where and how to fix it), 2 on wrong usage.
/// A user never sees a stack trace.
/// </summary>
public static class LutetiaCli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("Lutetia — outcome research on radioligand therapy: cohort intake, response criteria, survival statistics and the MesenLuth report.")
        {
            DemoCommand.Create(console),
            ValidateCommand.Create(console),
            AnalyzeCommand.Create(console),
            ReportCommand.Create(console),
            SurvivalCommand.Create(console),
            CoxCommand.Create(console),
            SampleSizeCommand.Create(console),
            SynthCommand.Create(console),
            ImportCommand.Create(console),
            ExportCommand.Create(console),
            ConvertCommand.Create(console),
            AuditCommand.Create(console),
            BackupCommand.Create(console),
            RestoreCommand.Create(console),
            UserCommand.Create(console),
            ServeCommand.Create(console),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
                error.WriteLine($"lutetia: {problem.Message}");
            error.WriteLine("Run 'lutetia --help' (or 'lutetia COMMAND --help') for the usage.");
            return Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"lutetia: {e.Message}");
            error.WriteLine("Check that the path exists, that you may read and write there, and that no other program holds the file open.");
            return Failure;
        }
#pragma warning disable CA1031 // The last line of defence: a user never sees a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"lutetia: internal error ({e.GetType().Name}: {e.Message}).");
            error.WriteLine("This is a bug in Lutetia, not in your data: please report it with the command you ran.");
            return Failure;
        }
    }
}
