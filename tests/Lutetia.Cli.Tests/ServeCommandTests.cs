namespace Lutetia.Cli.Tests;

/// <summary><c>lutetia serve</c>'s options that are refused before anything starts.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("721")]
    public void An_idle_timeout_outside_1_to_720_minutes_is_refused_saying_how_to_write_it(string minutes)
    {
        var run = CliRun.Of("serve", "--idle-timeout", minutes, "--db", Path.Combine(Path.GetTempPath(), "never-created.db"));
        Assert.Equal(LutetiaCli.Usage, run.ExitCode);
        Assert.Contains($"--idle-timeout {minutes} is not a number of minutes from 1 to 720", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }
}
