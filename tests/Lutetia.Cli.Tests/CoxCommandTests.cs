using System.Globalization;
using System.Text.Json;
using static Lutetia.Cli.Tests.SurvivalCommandTests;

namespace Lutetia.Cli.Tests;

/// <summary>
/// <c>lutetia cox</c> against R's coxph on R's datasets (golden files of the statistics tests, made
/// by tools/golden/survival.R) to 1e-6 relative; cox.json's exact fields; fits that cannot be made.
/// </summary>
public sealed class CoxCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "lutetia-cox-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private string Out => Path.Combine(_dir, "out");

    private string Write(string name, string text)
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private JsonElement CoxJson()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "cox.json")));
        return json.RootElement.Clone();
    }

    private void AssertEqualsR(string dataset, string ties)
    {
        var fits = Rows(Golden("cox_fit.csv"));
        var fit = fits.First(r => r[0] == dataset && r[1] == ties);
        var root = CoxJson();
        Assert.Equal(ties, root.GetProperty("ties").GetString());
        Assert.Equal(int.Parse(fit[3], CultureInfo.InvariantCulture), root.GetProperty("n").GetInt32());
        Assert.Equal(int.Parse(fit[4], CultureInfo.InvariantCulture), root.GetProperty("events").GetInt32());
        Near(fit[5], root.GetProperty("loglik")[0].GetDouble(), 1e-6, "null log-likelihood");
        Near(fit[6], root.GetProperty("loglik")[1].GetDouble(), 1e-6, "log-likelihood");
        int df = int.Parse(fit[10], CultureInfo.InvariantCulture);
        foreach (var (test, stat, p) in new[] { ("lrt", 7, 11), ("wald", 8, 12), ("score", 9, 13) })
        {
            Near(fit[stat], root.GetProperty(test).GetProperty("chisq").GetDouble(), 1e-6, $"{test} chi-square");
            Assert.Equal(df, root.GetProperty(test).GetProperty("df").GetInt32());
            Near(fit[p], root.GetProperty(test).GetProperty("p").GetDouble(), 1e-6, $"{test} p");
        }
        Near(fit[14], root.GetProperty("concordance").GetDouble(), 1e-6, "concordance");
        Assert.Equal(int.Parse(fit[15], CultureInfo.InvariantCulture), root.GetProperty("iterations").GetInt32());
        var expected = Rows(Golden("cox_coefficients.csv")).Where(r => r[0] == dataset && r[1] == ties).ToArray();
        var coefficients = root.GetProperty("coefficients").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, coefficients.Length);
        for (int k = 0; k < expected.Length; k++)
        {
            var (r, c) = (expected[k], coefficients[k]);
            Assert.Equal(r[2], c.GetProperty("name").GetString());
            Near(r[3], c.GetProperty("coef").GetDouble(), 1e-6, $"{r[2]} coef");
            Near(r[4], c.GetProperty("se").GetDouble(), 1e-6, $"{r[2]} se");
            Near(r[5], c.GetProperty("hr").GetDouble(), 1e-6, $"{r[2]} hr");
            Near(r[6], c.GetProperty("hr_ci95")[0].GetDouble(), 1e-6, $"{r[2]} hr lower");
            Near(r[7], c.GetProperty("hr_ci95")[1].GetDouble(), 1e-6, $"{r[2]} hr upper");
            Near(r[8], c.GetProperty("z").GetDouble(), 1e-6, $"{r[2]} z");
            Near(r[9], c.GetProperty("p").GetDouble(), 1e-6, $"{r[2]} p");
        }
    }

    [Theory]
    [InlineData("lung", "efron")]
    [InlineData("lung", "breslow")]
    [InlineData("lung_age_sex", "efron")]
    [InlineData("lung_age_sex", "breslow")]
    [InlineData("veteran", "efron")]
    [InlineData("ovarian", "breslow")]
    [InlineData("colon", "efron")]
    [InlineData("aml", "breslow")]
    [InlineData("heavy_ties", "efron")]
    [InlineData("near_ties", "efron")]
    public void Cox_json_equals_R_s_coxph_to_1e_6(string dataset, string ties)
    {
        var fit = Rows(Golden("cox_fit.csv")).First(r => r[0] == dataset && r[1] == ties);
        string covariates = fit[16].Replace(';', ',');
        string[] strata = fit[2] == "1" ? ["--strata", "strata"] : [];

        var run = CliRun.Of(["cox", Golden($"coxdata_{dataset}.csv"), "--time", "time", "--event", "status",
            "--covariates", covariates, "--ties", ties, .. strata, "--out", Out]);

        Assert.True(run.ExitCode == 0, run.Error);
        AssertEqualsR(dataset, ties);
    }

    [Fact]
    public void Efron_is_the_default_and_cox_json_has_exactly_the_fields_of_outputs_md()
    {
        var run = CliRun.Of("cox", Golden("coxdata_lung.csv"), "--time", "time", "--event", "status", "--covariates", "age, sex, ph_ecog", "--out", Out);

        Assert.True(run.ExitCode == 0, run.Error);
        AssertEqualsR("lung", "efron");
        var root = CoxJson();
        Assert.Equal(["format", "ties", "n", "events", "coefficients", "loglik", "lrt", "wald", "score", "concordance", "iterations"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("lutetia-cox/1", root.GetProperty("format").GetString());
        Assert.Equal(["name", "coef", "se", "hr", "hr_ci95", "z", "p"], root.GetProperty("coefficients")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["chisq", "df", "p"], root.GetProperty("lrt").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_row_with_a_missing_covariate_is_dropped_as_R_s_na_omit_and_counted()
    {
        // R's lung has one subject without ph.ecog: coxph drops it (n = 227 of 228).
        var lines = File.ReadAllLines(Golden("coxdata_lung.csv")).ToList();
        lines.Insert(5, "500,1,60,2,NA,1");
        lines.Add("300,1,,1,1,1");
        var path = Write("lung_na.csv", string.Join("\n", lines) + "\n");

        var run = CliRun.Of("cox", path, "--time", "time", "--event", "status", "--covariates", "age,sex,ph_ecog", "--out", Out);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("227 subjects; 2 row(s) dropped", run.Out, StringComparison.Ordinal);
        AssertEqualsR("lung", "efron");
    }

    [Fact]
    public void A_covariate_that_separates_the_data_exits_1_with_the_library_s_message_and_writes_nothing()
    {
        var run = CliRun.Of("cox", Golden("coxdata_separated.csv"), "--time", "time", "--event", "status", "--covariates", "x", "--out", Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'x'", run.Error, StringComparison.Ordinal);
        Assert.Contains("infinite", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Out, "cox.json")));
    }

    [Fact]
    public void A_constant_covariate_exits_1_naming_it()
    {
        var path = Write("constant.csv", "t,e,x,k\n1,1,0,5\n2,0,1,5\n3,1,0,5\n4,1,1,5\n5,0,0,5\n");

        var run = CliRun.Of("cox", path, "--time", "t", "--event", "e", "--covariates", "x,k", "--out", Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'k'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_events_exits_1()
    {
        var path = Write("none.csv", "t,e,x\n1,0,0\n2,0,1\n");

        var run = CliRun.Of("cox", path, "--time", "t", "--event", "e", "--covariates", "x", "--out", Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no event", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("t,e,x\n1,1,0\n2,0,male\n", "row 3", "column 'x'", "numeric")]
    [InlineData("t,e,x\n1,1,0\n-2,0,1\n", "row 3", "column 't'", "negative")]
    [InlineData("t,e,x\n1,1,NaN\n", "row 2", "column 'x'", "NaN")]
    [InlineData("t,e,x\n1,3,0\n", "row 2", "column 'e'", "0 (censored) or 1 (event)")]
    [InlineData("t,e,y\n1,1,0\n", "row 1", "column 'x'", "--covariates names a column that is not in the header")]
    [InlineData("t,e,x\n", "", "", "no rows")]
    public void Bad_input_exits_1_naming_the_row_and_column(string csv, string row, string column, string message)
    {
        var path = Write("bad.csv", csv);

        var run = CliRun.Of("cox", path, "--time", "t", "--event", "e", "--covariates", "x", "--out", Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.csv", run.Error, StringComparison.Ordinal);
        Assert.Contains(row, run.Error, StringComparison.Ordinal);
        Assert.Contains(column, run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--covariates", "age,,sex")]
    [InlineData("--covariates", "age,age")]
    [InlineData("--covariates", "age", "--ties", "exact")]
    [InlineData("--ties", "efron")]
    public void Wrong_usage_exits_2(params string[] options)
    {
        var path = Write("ok.csv", "t,e,age,sex\n1,1,50,1\n2,0,60,0\n");

        var run = CliRun.Of(["cox", path, "--time", "t", "--event", "e", "--out", Out, .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(Out));
    }
}
