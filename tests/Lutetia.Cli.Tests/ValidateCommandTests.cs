using System.Text.Json;
using Lutetia.Intake.Tests;

namespace Lutetia.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public void A_valid_cohort_exits_0_with_a_one_line_summary()
    {
        using var folder = new TemporaryFolder();
        var run = CliRun.Of("validate", new TestCohort().WriteTo(folder));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("valid — 2 centers, 2 patients", run.Out, StringComparison.Ordinal);
        Assert.Single(run.Out.Trim().Split('\n'));
    }

    [Fact]
    public void A_broken_cohort_exits_1_and_says_what_where_and_how_to_fix_on_stderr()
    {
        using var folder = new TemporaryFolder();
        var run = CliRun.Of("validate", new TestCohort().Set("reads", 4, "exam_date", "2019-02-30").WriteTo(folder));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("reads.csv row 4, column exam_date = \"2019-02-30\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("Fix: write the date as YYYY-MM-DD", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_follows_the_validation_format()
    {
        using var folder = new TemporaryFolder();
        var run = CliRun.Of("validate", new TestCohort().Set("labs", 3, "value", "high").WriteTo(folder), "--json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("lutetia-validation/1", root.GetProperty("format").GetString());
        Assert.False(root.GetProperty("valid").GetBoolean());
        var error = root.GetProperty("errors")[0];
        Assert.Equal("labs.csv", error.GetProperty("file").GetString());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("value", error.GetProperty("column").GetString());
        Assert.Equal("high", error.GetProperty("value").GetString());
        Assert.Equal("number", error.GetProperty("rule").GetString());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("patients").GetInt32());
    }

    [Fact]
    public void Warnings_alone_do_not_fail_validation()
    {
        using var folder = new TemporaryFolder();
        // A nodal target of 12 mm at baseline is below RECIST's 15 mm: a warning, not an error.
        var run = CliRun.Of("validate", new TestCohort().Set("measurements", 2, "diameter_mm", "12").WriteTo(folder), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("recist_measurability", json.RootElement.GetProperty("warnings")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public void A_missing_argument_is_a_usage_error_with_exit_2()
    {
        var run = CliRun.Of("validate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_with_exit_2()
    {
        Assert.Equal(2, CliRun.Of("frobnicate").ExitCode);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("synth")]
    public void Every_command_has_help(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
    }
}
