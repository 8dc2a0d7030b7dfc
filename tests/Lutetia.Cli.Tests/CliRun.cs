namespace Lutetia.Cli.Tests;

/// <summary>What one run of the command line printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = LutetiaCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
