using System.Text.Json;
using Lutetia.Intake.Tests;

namespace Lutetia.Cli.Tests;

/// <summary>lutetia analyze and lutetia report: outputs written only from a valid cohort and protocol.</summary>
public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Analyze_writes_endpoints_and_results_for_every_patient()
    {
        using var folder = new TemporaryFolder();
        var output = folder.File("out");

        var run = CliRun.Of("analyze", new TestCohort().WriteTo(folder), "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 patients screened", run.Out, StringComparison.Ordinal);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(output, "endpoints.csv")).Length);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "results.json")));
        Assert.Equal(2, json.RootElement.GetProperty("patients").GetProperty("screened").GetInt32());
    }

    [Fact]
    public void An_invalid_cohort_writes_nothing_and_shows_intakes_messages()
    {
        using var folder = new TemporaryFolder();
        var output = folder.File("out");

        var run = CliRun.Of("analyze", new TestCohort().Set("reads", 4, "exam_date", "2019-02-30").WriteTo(folder), "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("reads.csv row 4, column exam_date", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_bad_protocol_file_is_refused_before_the_cohort_is_read()
    {
        using var folder = new TemporaryFolder();
        var protocol = folder.File("protocol.json");
        File.WriteAllText(protocol, """{ "mm_min_short_axis": 15 }""");
        var output = folder.File("out");

        var run = CliRun.Of("analyze", new TestCohort().WriteTo(folder), "--out", output, "--protocol", protocol);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"mm_min_short_axis\" is not a protocol parameter", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_protocol_file_changes_the_parameters_echoed_in_results_json()
    {
        using var folder = new TemporaryFolder();
        var protocol = folder.File("protocol.json");
        File.WriteAllText(protocol, """{ "reader_policy": "local" }""");
        var output = folder.File("out");

        var run = CliRun.Of("analyze", new TestCohort().WriteTo(folder), "--out", output, "--protocol", protocol);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "results.json")));
        Assert.Equal("local", json.RootElement.GetProperty("parameters").GetProperty("reader_policy").GetString());
    }

    [Fact]
    public void Report_writes_a_self_contained_html_report_tables_and_figures()
    {
        using var folder = new TemporaryFolder();
        var output = folder.File("out");

        var run = CliRun.Of("report", new TestCohort().WriteTo(folder), "--out", output);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Table 1.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
        foreach (var file in new[] { "tables.xlsx", "tables.docx", "endpoints.csv", "results.json", "figures/flow.svg", "figures/flow.png" })
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
    }
}
