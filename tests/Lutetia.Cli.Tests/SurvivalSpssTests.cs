using System.Globalization;
using System.Text.Json;

namespace Lutetia.Cli.Tests;

/// <summary>The SPSS-compatible median CI of lutetia survival, against the R-computed golden values.</summary>
public sealed class SurvivalSpssTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lutetia-spss-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void With_the_option_summary_json_gives_each_groups_spss_median_interval()
    {
        var run = CliRun.Of("survival", SurvivalCommandTests.Golden("data_aml.csv"), "--time", "time", "--event", "status", "--group", "group",
            "--spss-median-ci", "--out", _dir);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "summary.json")));
        var expected = File.ReadAllLines(SurvivalCommandTests.Golden("spss_median.csv")).Skip(1)
            .Select(l => l.Split(',')).Where(f => f[0] == "aml").ToDictionary(f => f[1]);
        foreach (var g in json.RootElement.GetProperty("groups").EnumerateArray())
        {
            var row = expected[g.GetProperty("group").GetString()!];
            var ci = g.GetProperty("median_ci95_spss");
            Assert.Equal(double.Parse(row[4], CultureInfo.InvariantCulture), ci[0].GetDouble(), 9);
            Assert.Equal(double.Parse(row[5], CultureInfo.InvariantCulture), ci[1].GetDouble(), 9);
        }
    }

    [Fact]
    public void Without_the_option_summary_json_has_no_spss_interval()
    {
        var run = CliRun.Of("survival", SurvivalCommandTests.Golden("data_aml.csv"), "--time", "time", "--event", "status", "--out", _dir);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("spss", File.ReadAllText(Path.Combine(_dir, "summary.json")), StringComparison.Ordinal);
    }
}
