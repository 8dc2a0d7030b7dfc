using System.Globalization;
using System.Text.Json;
using static Lutetia.Cli.Tests.SurvivalCommandTests;

namespace Lutetia.Cli.Tests;

/// <summary>
/// <c>lutetia cox --factors … --reference COL=LEVEL</c> against R's coxph with factors
/// (tools/golden/cox_factors.R) to 1e-6: cox.json, hazard_ratios.csv and the forest plot; usage errors.
/// </summary>
public sealed class CoxFactorCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "lutetia-coxf-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private string Out => Path.Combine(_dir, "out");

    private static string[][] Golden(string dataset, string ties, string model) =>
        [.. Rows(SurvivalCommandTests.Golden("coxfactor_coefficients.csv")).Where(r => r[0] == dataset && r[1] == model && r[2] == ties)];

    private CliRun Cox(string dataset, params string[] options) =>
        CliRun.Of(["cox", SurvivalCommandTests.Golden($"coxfactordata_{dataset}.csv"), "--time", "time", "--event", "status", .. options, "--out", Out]);

    [Theory]
    [InlineData("veteran", "efron", new[] { "--covariates", "karno", "--factors", "celltype,trt" })]
    [InlineData("veteran", "breslow", new[] { "--covariates", "karno", "--factors", "celltype,trt", "--ties", "breslow" })]
    [InlineData("veteran_ref", "efron", new[] { "--covariates", "karno", "--factors", "celltype,trt", "--reference", "celltype=squamous", "--reference", "trt=test" })]
    [InlineData("lung", "efron", new[] { "--covariates", "age", "--factors", "sex,ecog", "--reference", "sex=male" })]
    [InlineData("ovarian", "breslow", new[] { "--covariates", "age", "--factors", "rx,resid,ecog", "--ties", "breslow" })]
    public void Cox_json_equals_coxph_with_factors_to_1e_6(string dataset, string ties, string[] options)
    {
        var run = Cox(dataset, options);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "cox.json")));
        var ours = json.RootElement.GetProperty("coefficients").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        var golden = Golden(dataset, ties, "multivariable");
        Assert.Equal(golden.Length, ours.Count);
        foreach (var r in golden)
        {
            var c = ours[r[3]];
            Near(r[4], c.GetProperty("coef").GetDouble(), 1e-6, $"{r[3]} coef");
            Near(r[6], c.GetProperty("hr").GetDouble(), 1e-6, $"{r[3]} hr");
            Near(r[7], c.GetProperty("hr_ci95")[0].GetDouble(), 1e-6, $"{r[3]} lower");
            Near(r[8], c.GetProperty("hr_ci95")[1].GetDouble(), 1e-6, $"{r[3]} upper");
            Near(r[9], c.GetProperty("p").GetDouble(), 1e-6, $"{r[3]} p");
        }
    }

    [Fact]
    public void Hazard_ratios_csv_has_every_level_with_n_events_and_both_models()
    {
        var run = Cox("veteran_ref", "--covariates", "karno", "--factors", "celltype,trt", "--reference", "celltype=squamous", "--reference", "trt=test");

        Assert.True(run.ExitCode == 0, run.Error);
        var rows = Rows(Path.Combine(Out, "hazard_ratios.csv"));
        Assert.Equal("term,level,reference,n,events,uni_hr,uni_lower,uni_upper,uni_p,multi_hr,multi_lower,multi_upper,multi_p", string.Join(',', rows[0]));
        Assert.Equal(["karno", "celltype", "celltype", "celltype", "celltype", "trt", "trt"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["", "squamous", "adeno", "large", "smallcell", "test", "standard"], rows.Skip(1).Select(r => r[1]));
        var levels = Rows(SurvivalCommandTests.Golden("coxfactor_levels.csv")).Where(r => r[0] == "veteran_ref").ToArray();
        Assert.Equal(levels.Select(l => l[3]), rows.Skip(2).Select(r => r[3]));
        Assert.Equal(levels.Select(l => l[4]), rows.Skip(2).Select(r => r[4]));
        var squamous = rows[2];
        Assert.Equal("yes", squamous[2]);
        Assert.All(squamous.Skip(5), cell => Assert.Equal("", cell));
        var adeno = rows[3];
        var uni = Golden("veteran_ref", "efron", "celltype").First(r => r[3] == "celltypeadeno");
        var multi = Golden("veteran_ref", "efron", "multivariable").First(r => r[3] == "celltypeadeno");
        Near(uni[6], double.Parse(adeno[5], CultureInfo.InvariantCulture), 1e-6, "univariable HR");
        Near(uni[9], double.Parse(adeno[8], CultureInfo.InvariantCulture), 1e-6, "univariable p");
        Near(multi[6], double.Parse(adeno[9], CultureInfo.InvariantCulture), 1e-6, "multivariable HR");
        Near(multi[8], double.Parse(adeno[11], CultureInfo.InvariantCulture), 1e-6, "multivariable upper");
    }

    [Fact]
    public void The_forest_plot_is_written_as_svg_and_png()
    {
        var run = Cox("veteran", "--covariates", "karno", "--factors", "celltype,trt");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("forest.svg and forest.png", run.Out, StringComparison.Ordinal);
        var svg = File.ReadAllText(Path.Combine(Out, "forest.svg"));
        Assert.Contains(">celltype<", svg, StringComparison.Ordinal);
        Assert.Contains(">reference<", svg, StringComparison.Ordinal);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(Path.Combine(Out, "forest.png"))[..4]);
    }

    [Fact]
    public void A_reference_that_is_not_a_level_exits_1_listing_the_levels()
    {
        var run = Cox("veteran", "--factors", "celltype", "--reference", "celltype=giant");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the reference level 'giant' of factor 'celltype' is not one of its levels: adeno, large, smallcell, squamous", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Out, "cox.json")));
    }

    [Theory]
    [InlineData("--reference", "celltype=squamous")]                          // no model term at all
    [InlineData("--factors", "celltype", "--reference", "trt=test")]           // not a factor
    [InlineData("--factors", "celltype", "--reference", "celltype")]           // not COL=LEVEL
    [InlineData("--factors", "celltype", "--reference", "celltype=a", "--reference", "celltype=b")]
    [InlineData("--factors", "celltype,celltype")]
    [InlineData("--covariates", "karno", "--factors", "karno")]
    public void Wrong_usage_exits_2_and_writes_nothing(params string[] options)
    {
        var run = Cox("veteran", options);

        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_factor_with_a_single_level_exits_1_naming_it()
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "one.csv");
        File.WriteAllText(path, "t,e,arm\n1,1,a\n2,0,a\n3,1,a\n");

        var run = CliRun.Of("cox", path, "--time", "t", "--event", "e", "--factors", "arm", "--out", Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("factor 'arm' has a single level 'a'", run.Error, StringComparison.Ordinal);
    }
}
