using System.Text.Json;

namespace Lutetia.Cli.Tests;

public sealed class SampleSizeCommandTests
{
    [Fact]
    public void The_json_of_the_outputs_example_has_exactly_the_specified_fields_and_figures()
    {
        var run = CliRun.Of("sample-size", "--p0", "0.05", "--p1", "0.2", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(
            ["format", "method", "p0", "p1", "alpha", "power", "sides", "n", "reject_if_at_least", "actual_alpha", "actual_power"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("lutetia-sample-size/1", root.GetProperty("format").GetString());
        Assert.Equal("exact", root.GetProperty("method").GetString());
        Assert.Equal(0.05, root.GetProperty("p0").GetDouble());
        Assert.Equal(0.2, root.GetProperty("p1").GetDouble());
        Assert.Equal(0.05, root.GetProperty("alpha").GetDouble());
        Assert.Equal(0.8, root.GetProperty("power").GetDouble());
        Assert.Equal(1, root.GetProperty("sides").GetInt32());
        Assert.Equal(27, root.GetProperty("n").GetInt32());
        Assert.Equal(4, root.GetProperty("reject_if_at_least").GetInt32());
        Assert.Equal(0.0437, Math.Round(root.GetProperty("actual_alpha").GetDouble(), 4));
        Assert.Equal(0.818, Math.Round(root.GetProperty("actual_power").GetDouble(), 3));
    }

    [Fact]
    public void Machine_output_keeps_every_digit()
    {
        var run = CliRun.Of("sample-size", "--p0", "0.05", "--p1", "0.2", "--json");

        // R: pbinom(3, 27, 0.05, lower.tail = FALSE) = 0.043735945290519426
        Assert.Equal(0.043735945290519426, JsonDocument.Parse(run.Out).RootElement.GetProperty("actual_alpha").GetDouble(), 1e-15);
    }

    [Fact]
    public void The_MesenLuth_assumptions_state_both_methods_42_by_the_normal_approximation_and_41_exact()
    {
        var run = CliRun.Of("sample-size", "--p0", "0.20", "--p1", "0.05", "--sides", "2", "--method", "normal");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("42 patients (n = 41.6, rounded up)", run.Out, StringComparison.Ordinal);
        Assert.Contains("41 patients, the null hypothesis being rejected if at most 3 patients respond", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"Assuming a response rate of 20 % under the null hypothesis and of 5 % under the alternative, a two-sided test at an alpha of 0.05 with 80 % power requires 42 patients by the normal approximation",
            run.Out, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void A_lower_alternative_is_reported_in_json_as_a_rejection_at_or_below_the_threshold()
    {
        var run = CliRun.Of("sample-size", "--p0", "0.2", "--p1", "0.05", "--sides", "2", "--json");

        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(41, root.GetProperty("n").GetInt32());
        Assert.Equal(3, root.GetProperty("reject_if_at_most").GetInt32());
        Assert.False(root.TryGetProperty("reject_if_at_least", out _));
    }

    [Fact]
    public void The_normal_method_in_json_gives_the_rounded_up_and_the_unrounded_size()
    {
        var run = CliRun.Of("sample-size", "--p0", "0.2", "--p1", "0.05", "--sides", "2", "--method", "normal", "--json");

        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("normal", root.GetProperty("method").GetString());
        Assert.Equal(42, root.GetProperty("n").GetInt32());
        Assert.Equal(41.595, root.GetProperty("n_unrounded").GetDouble(), 0.001);
    }

    [Theory]
    [InlineData("--p0", "1.2")]
    [InlineData("--p0", "0")]
    [InlineData("--p0", "0,2")]
    [InlineData("--p1", "-0.1")]
    [InlineData("--alpha", "1")]
    [InlineData("--power", "abc")]
    public void An_out_of_range_proportion_is_a_usage_error_naming_the_option(string option, string value)
    {
        var arguments = new Dictionary<string, string> { ["--p0"] = "0.2", ["--p1"] = "0.05", [option] = value };

        var run = CliRun.Of(["sample-size", .. arguments.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData(new[] { "--p0", "0.2", "--p1", "0.2" }, "--p1")]
    [InlineData(new[] { "--p0", "0.2", "--p1", "0.05", "--sides", "3" }, "--sides")]
    [InlineData(new[] { "--p0", "0.2", "--p1", "0.05", "--method", "bayes" }, "bayes")]
    [InlineData(new[] { "--p1", "0.05" }, "--p0")]
    [InlineData(new[] { "--p0", "0.5", "--p1", "0.501" }, "--method normal")]
    public void Impossible_designs_and_wrong_options_are_usage_errors_that_say_why(string[] arguments, string named)
    {
        var run = CliRun.Of(["sample-size", .. arguments]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
