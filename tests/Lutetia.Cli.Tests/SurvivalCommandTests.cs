using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace Lutetia.Cli.Tests;

/// <summary>
/// <c>lutetia survival</c> against R's own output on R's datasets (the golden files of
/// tests/Lutetia.Statistics.Tests/golden/survival, made by tools/golden/survival.R): km.csv and
/// summary.json to 1e-9 relative; the figure files; bad input and wrong usage.
/// </summary>
public sealed class SurvivalCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "lutetia-survival-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    /// <summary>A golden file of the statistics tests, found from the repository root.</summary>
    internal static string Golden(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "Lutetia.Statistics.Tests", "golden", "survival", name);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException($"Golden file {name} not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>The rows of a CSV file without quoted fields (the golden files and km.csv), header first.</summary>
    internal static List<string[]> Rows(string path) =>
        [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => l.Split(','))];

    /// <summary>Equal to R to a relative tolerance (1e-12 absolute near zero); R's NA is an empty cell or null.</summary>
    internal static void Near(string expected, double? actual, double relative, string what)
    {
        if (expected == "NA")
        {
            Assert.True(actual is null || double.IsNaN(actual.Value), $"{what}: R gives NA, we give {actual}");
            return;
        }
        double r = double.Parse(expected, CultureInfo.InvariantCulture);
        Assert.True(actual is not null, $"{what}: R gives {expected}, we give null");
        double tolerance = Math.Max(1e-12, relative * Math.Abs(r));
        Assert.True(Math.Abs(r - actual!.Value) <= tolerance, $"{what}: R gives {expected}, we give {actual.Value.ToString("R", CultureInfo.InvariantCulture)}");
    }

    internal static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();

    private static double? Cell(string text) => text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);

    private string Out => Path.Combine(_dir, "out");

    private string Write(string name, string text)
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void AssertKmCsvEqualsR(string kmCsv, string goldenKm)
    {
        var ours = Rows(kmCsv);
        var r = Rows(goldenKm);
        Assert.Equal(r[0], ours[0]);
        Assert.Equal(r.Count, ours.Count);
        for (int i = 1; i < r.Count; i++)
        {
            Assert.Equal(r[i][0], ours[i][0]);
            for (int c = 2; c <= 4; c++) Assert.Equal(r[i][c], ours[i][c]);
            foreach (int c in (int[])[1, 5, 6, 7, 8])
                Near(r[i][c], Cell(ours[i][c]), 1e-9, $"km.csv row {i + 1} {r[0][c]}");
        }
    }

    private void AssertSummaryEqualsR(string goldenTable)
    {
        var table = Rows(goldenTable);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "summary.json")));
        var groups = json.RootElement.GetProperty("groups").EnumerateArray().ToArray();
        Assert.Equal(table.Count - 1, groups.Length);
        for (int g = 0; g < groups.Length; g++)
        {
            var row = table[g + 1];
            var e = groups[g];
            Assert.Equal(row[0], e.GetProperty("group").GetString());
            Assert.Equal(int.Parse(row[1], CultureInfo.InvariantCulture), e.GetProperty("n").GetInt32());
            Assert.Equal(int.Parse(row[2], CultureInfo.InvariantCulture), e.GetProperty("events").GetInt32());
            Near(row[3], Number(e.GetProperty("rmean")), 1e-9, $"group {row[0]} rmean");
            Near(row[4], Number(e.GetProperty("rmean_se")), 1e-9, $"group {row[0]} rmean_se");
            Near(row[5], Number(e.GetProperty("median")), 1e-9, $"group {row[0]} median");
            Near(row[6], Number(e.GetProperty("median_ci95")[0]), 1e-9, $"group {row[0]} median lower");
            Near(row[7], Number(e.GetProperty("median_ci95")[1]), 1e-9, $"group {row[0]} median upper");
        }
    }

    [Theory]
    [InlineData("lung", "log", "log")]
    [InlineData("lung", "log-log", "loglog")]
    [InlineData("lung", "plain", "plain")]
    [InlineData("aml", "log", "log")]
    [InlineData("veteran", "log-log", "loglog")]
    [InlineData("colon", "plain", "plain")]
    [InlineData("heavy_ties", "log", "log")]
    [InlineData("near_ties", "log", "log")]
    [InlineData("zero_expected", "log-log", "loglog")]
    public void Grouped_km_csv_and_summary_json_equal_R_to_1e_9(string dataset, string confType, string tag)
    {
        var run = CliRun.Of("survival", Golden($"data_{dataset}.csv"), "--time", "time", "--event", "status", "--group", "group",
            "--conf-type", confType, "--out", Out);

        Assert.True(run.ExitCode == 0, run.Error);
        AssertKmCsvEqualsR(Path.Combine(Out, "km.csv"), Golden($"km_{dataset}_{tag}.csv"));
        AssertSummaryEqualsR(Golden($"kmtable_{dataset}_{tag}.csv"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "summary.json")));
        Assert.Equal(confType, json.RootElement.GetProperty("conf_type").GetString());
        var logRank = Rows(Golden("logrank.csv")).First(r => r[0] == dataset && r[1] == "0" && r[2] == "0");
        var test = json.RootElement.GetProperty("logrank");
        Near(logRank[6], test.GetProperty("chisq").GetDouble(), 1e-9, "log-rank chi-square");
        Assert.Equal(int.Parse(logRank[7], CultureInfo.InvariantCulture), test.GetProperty("df").GetInt32());
        Near(logRank[8], test.GetProperty("p").GetDouble(), 1e-9, "log-rank p");
    }

    [Theory]
    [InlineData("all_censored", "log-log", "loglog")]
    [InlineData("all_events", "log", "log")]
    [InlineData("one_subject", "plain", "plain")]
    [InlineData("event_at_last", "log", "log")]
    [InlineData("flat_half_drops", "log", "log")]
    [InlineData("flat_half_stops", "log-log", "loglog")]
    [InlineData("zero_times", "plain", "plain")]
    public void An_ungrouped_table_gives_R_s_single_curve_and_no_log_rank(string dataset, string confType, string tag)
    {
        var run = CliRun.Of("survival", Golden($"data_{dataset}.csv"), "--time", "time", "--event", "status", "--conf-type", confType, "--out", Out);

        Assert.True(run.ExitCode == 0, run.Error);
        AssertKmCsvEqualsR(Path.Combine(Out, "km.csv"), Golden($"km_{dataset}_{tag}.csv"));
        AssertSummaryEqualsR(Golden($"kmtable_{dataset}_{tag}.csv"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "summary.json")));
        Assert.False(json.RootElement.TryGetProperty("logrank", out _));
    }

    [Fact]
    public void Summary_json_has_exactly_the_fields_of_outputs_md()
    {
        var run = CliRun.Of("survival", Golden("data_lung.csv"), "--time", "time", "--event", "status", "--group", "group", "--out", Out);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "summary.json")));
        var root = json.RootElement;
        Assert.Equal(["format", "conf_type", "conf_int", "groups", "logrank"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("lutetia-survival/1", root.GetProperty("format").GetString());
        Assert.Equal(0.95, root.GetProperty("conf_int").GetDouble());
        Assert.Equal(["group", "n", "events", "median", "median_ci95", "rmean", "rmean_se"],
            root.GetProperty("groups")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["chisq", "df", "p"], root.GetProperty("logrank").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void The_figure_is_written_as_png_and_svg_with_censoring_ticks_band_and_at_risk_table_and_no_temporary_file_remains()
    {
        var run = CliRun.Of("survival", Golden("data_lung.csv"), "--time", "time", "--event", "status", "--group", "group",
            "--band", "--median-lines", "--time-label", "Days", "--out", Out);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["km.csv", "km.png", "km.svg", "summary.json"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(Path.Combine(Out, "km.png"))[..4]);
        var svg = XDocument.Load(Path.Combine(Out, "km.svg"));
        var classes = svg.Descendants().Select(e => (string?)e.Attribute("class")).Where(c => c is not null).ToHashSet();
        Assert.Contains("censor-marks", classes);
        Assert.Contains("confidence-band", classes);
        Assert.Contains("median-lines", classes);
        var text = string.Join(" ", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("Days", text, StringComparison.Ordinal);
        Assert.Contains("group = 1", text, StringComparison.Ordinal);
        Assert.Contains("138", text, StringComparison.Ordinal); // the 138 men at risk at time 0
    }

    [Fact]
    public void Without_band_or_median_flags_the_figure_has_neither()
    {
        var run = CliRun.Of("survival", Golden("data_aml.csv"), "--time", "time", "--event", "status", "--group", "group", "--out", Out);

        Assert.Equal(0, run.ExitCode);
        var classes = XDocument.Load(Path.Combine(Out, "km.svg")).Descendants().Select(e => (string?)e.Attribute("class")).ToHashSet();
        Assert.DoesNotContain("confidence-band", classes);
        Assert.DoesNotContain("median-lines", classes);
        Assert.Contains("censor-marks", classes);
    }

    [Fact]
    public void A_large_table_draws_a_figure_of_bounded_size_while_the_table_under_it_counts_everyone()
    {
        var random = new Random(7);
        var text = new System.Text.StringBuilder("t,e\n");
        for (int i = 0; i < 50_000; i++)
            text.Append(CultureInfo.InvariantCulture, $"{(i + random.NextDouble() / 2) / 50:R},{random.Next(2)}\n"); // 50,000 distinct times
        var path = Write("large.csv", text.ToString());

        var run = CliRun.Of("survival", path, "--time", "t", "--event", "e", "--band", "--out", Out);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(50_001, Rows(Path.Combine(Out, "km.csv")).Count);
        Assert.True(new FileInfo(Path.Combine(Out, "km.svg")).Length < 1_000_000, "the SVG draws at most a few thousand steps");
        var svgText = string.Join(" ", XDocument.Load(Path.Combine(Out, "km.svg")).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("50000", svgText, StringComparison.Ordinal); // all at risk at time 0
    }

    [Fact]
    public void Rows_with_a_missing_value_in_a_used_column_are_dropped_and_counted_and_other_columns_are_ignored()
    {
        // data_lung's strata column (ph.ecog) has an NA: unused, it drops nothing.
        var lines = File.ReadAllLines(Golden("data_lung.csv")).ToList();
        lines.Add("NA,1,1,1");
        lines.Add("100,,2,1");
        lines.Add("200,1,NA,1");
        lines.Add(" ,0, ,1");
        var path = Write("lung_with_missing.csv", string.Join("\n", lines) + "\n");

        var run = CliRun.Of("survival", path, "--time", "time", "--event", "status", "--group", "group", "--out", Out);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("228 subjects; 4 row(s) dropped", run.Out, StringComparison.Ordinal);
        AssertKmCsvEqualsR(Path.Combine(Out, "km.csv"), Golden("km_lung_log.csv"));
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_crlf_line_ends_and_quoted_labels_reads_as_R_reads_it()
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "excel.csv");
        File.WriteAllText(path, "t,e,\"arm\"\r\n1,1,\"x, high\"\r\n2,0,\"x, high\"\r\n\r\n3,1,\"say \"\"low\"\"\"\r\n4,1,\"say \"\"low\"\"\"\r\n",
            new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var run = CliRun.Of("survival", path, "--time", "t", "--event", "e", "--group", "arm", "--out", Out);

        Assert.True(run.ExitCode == 0, run.Error);
        var km = File.ReadAllText(Path.Combine(Out, "km.csv"));
        Assert.Contains("\n\"say \"\"low\"\"\",3,2,1,0,0.5,", km, StringComparison.Ordinal);
        Assert.Contains("\n\"x, high\",1,2,1,0,0.5,", km, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "summary.json")));
        Assert.Equal(["say \"low\"", "x, high"], json.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("group").GetString()));
    }

    [Fact]
    public void A_time_written_minus_zero_is_time_zero()
    {
        var path = Write("zero.csv", "t,e\n-0,1\n0,0\n2,1\n");

        Assert.Equal(0, CliRun.Of("survival", path, "--time", "t", "--event", "e", "--out", Out).ExitCode);
        Assert.Equal(",0,3,1,1", string.Join(",", Rows(Path.Combine(Out, "km.csv"))[1][..5]));
    }

    [Fact]
    public void Groups_follow_R_s_factor_order_numeric_labels_numerically()
    {
        var path = Write("order.csv", "t,e,arm\n1,1,10\n2,0,9\n3,1,10\n4,1,9\n5,0,b\n");
        var numeric = Write("numeric.csv", "t,e,arm\n1,1,10\n2,0,9\n3,1,10\n4,1,9\n");

        Assert.Equal(0, CliRun.Of("survival", numeric, "--time", "t", "--event", "e", "--group", "arm", "--out", Out).ExitCode);
        Assert.Equal(["9", "10"], Rows(Path.Combine(Out, "km.csv")).Skip(1).Select(r => r[0]).Distinct());
        Assert.Equal(0, CliRun.Of("survival", path, "--time", "t", "--event", "e", "--group", "arm", "--out", Out).ExitCode);
        Assert.Equal(["10", "9", "b"], Rows(Path.Combine(Out, "km.csv")).Skip(1).Select(r => r[0]).Distinct());
    }

    [Theory]
    [InlineData("t,e\n1,1\n-2,0\n", "row 3", "column 't'", "negative")]
    [InlineData("t,e\n1,1\nNaN,0\n", "row 3", "column 't'", "NaN")]
    [InlineData("t,e\n1,1\nInf,0\n", "row 3", "column 't'", "finite")]
    [InlineData("t,e\n1,1\nabc,0\n", "row 3", "column 't'", "number")]
    [InlineData("t,e\n1,2\n3,0\n", "row 2", "column 'e'", "0 (censored) or 1 (event)")]
    [InlineData("t,e\n1,yes\n", "row 2", "column 'e'", "0 (censored) or 1 (event)")]
    [InlineData("t,e\n1,1\n2\n", "row 3", "", "2 columns")]
    [InlineData("t,e\n", "", "", "no rows")]
    [InlineData("t,e\nNA,1\n", "", "", "missing value")]
    [InlineData("", "", "", "empty")]
    [InlineData("time,e\n1,1\n", "row 1", "column 't'", "--time names a column that is not in the header")]
    [InlineData("t,e\n1,\"1\n", "row 2", "", "unbalanced quote")]
    public void Bad_input_exits_1_naming_the_row_and_column_and_writes_nothing(string csv, string row, string column, string message)
    {
        var path = Write("bad.csv", csv);

        var run = CliRun.Of("survival", path, "--time", "t", "--event", "e", "--out", Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.csv", run.Error, StringComparison.Ordinal);
        Assert.Contains(row, run.Error, StringComparison.Ordinal);
        Assert.Contains(column, run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Every_bad_cell_is_listed_not_only_the_first()
    {
        var path = Write("bad.csv", "t,e\n-1,1\n2,5\n3,1\n");

        var run = CliRun.Of("survival", path, "--time", "t", "--event", "e", "--out", Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("row 2, column 't', value '-1'", run.Error, StringComparison.Ordinal);
        Assert.Contains("row 3, column 'e', value '5'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_that_is_not_UTF_8_exits_1_naming_the_row_and_column_instead_of_being_replaced()
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "latin1.csv");
        // "Bézier" saved as Latin-1: 0xE9 alone is not UTF-8; the old reader read it as U+FFFD and went on.
        File.WriteAllBytes(path, [.. "t,e,arm\n1,1,a\n2,0,B"u8, 0xE9, .. "zier\n3,1,a\n"u8]);

        var run = CliRun.Of("survival", path, "--time", "t", "--event", "e", "--group", "arm", "--out", Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("latin1.csv, row 3, column 'arm'", run.Error, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", run.Error, StringComparison.Ordinal);
        Assert.Contains("save the file as UTF-8", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_missing_file_exits_1_naming_it()
    {
        var run = CliRun.Of("survival", Path.Combine(_dir, "nowhere.csv"), "--time", "t", "--event", "e", "--out", Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nowhere.csv", run.Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_column_with_one_value_exits_1_because_there_is_nothing_to_compare()
    {
        var path = Write("one.csv", "t,e,g\n1,1,a\n2,0,a\n");

        var run = CliRun.Of("survival", path, "--time", "t", "--event", "e", "--group", "g", "--out", Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("column 'g'", run.Error, StringComparison.Ordinal);
        Assert.Contains("two groups", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--event", "e", "--out", "o")]
    [InlineData("--time", "t", "--out", "o")]
    [InlineData("--time", "t", "--event", "e")]
    [InlineData("--time", "t", "--event", "e", "--out", "o", "--conf-type", "arcsin")]
    [InlineData("--time", "t", "--event", "e", "--out", "o", "--time-label", " ")]
    public void Wrong_usage_exits_2(params string[] options)
    {
        var path = Write("ok.csv", "t,e\n1,1\n");

        var run = CliRun.Of(["survival", path, .. options.Select(o => o == "o" ? Out : o)]);

        Assert.Equal(2, run.ExitCode);
    }
}
