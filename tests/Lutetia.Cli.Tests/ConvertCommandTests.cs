using System.Xml.Linq;
using Lutetia.Intake.Tests;

namespace Lutetia.Cli.Tests;

/// <summary>lutetia convert: exports for R, SPSS and ODM written only from a valid cohort, all or nothing.</summary>
public sealed class ConvertCommandTests
{
    [Fact]
    public void Convert_to_r_writes_a_csv_per_table_and_load_R_and_says_what_it_wrote()
    {
        using var folder = new TemporaryFolder();
        var output = folder.File("r");

        var run = CliRun.Of("convert", new TestCohort().WriteTo(folder), "--to", "r", "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Wrote 13 files (12 tables", run.Out, StringComparison.Ordinal);
        Assert.Contains("load.R", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "load.R")));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(output, "patients.csv")).Length);
        Assert.False(File.Exists(Path.Combine(output, "endpoints.csv")));
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
    }

    [Fact]
    public void With_endpoints_the_spss_export_holds_the_endpoints_table_too()
    {
        using var folder = new TemporaryFolder();
        var output = folder.File("spss");

        var run = CliRun.Of("convert", new TestCohort().WriteTo(folder), "--to", "spss", "--out", output, "--with-endpoints");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(output, "endpoints.csv")).Length);
        Assert.Contains("DATASET ACTIVATE endpoints.", File.ReadAllText(Path.Combine(output, "load.sps")), StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_to_odm_writes_one_subject_per_patient()
    {
        using var folder = new TemporaryFolder();
        var output = folder.File("odm");

        var run = CliRun.Of("convert", new TestCohort().WriteTo(folder), "--to", "odm", "--out", output);

        Assert.Equal(0, run.ExitCode);
        var odm = XDocument.Load(Path.Combine(output, "odm.xml"));
        XNamespace ns = "http://www.cdisc.org/ns/odm/v1.3";
        Assert.Equal(["P1", "P2"], odm.Descendants(ns + "SubjectData").Select(s => (string)s.Attribute("SubjectKey")!));
    }

    [Fact]
    public void An_invalid_cohort_shows_intakes_messages_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        var output = folder.File("out");

        var run = CliRun.Of("convert", new TestCohort().Set("reads", 4, "exam_date", "2019-02-30").WriteTo(folder), "--to", "r", "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("reads.csv row 4, column exam_date", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_bad_protocol_file_is_refused_and_nothing_is_written()
    {
        using var folder = new TemporaryFolder();
        var protocol = folder.File("protocol.json");
        File.WriteAllText(protocol, """{ "mm_min_short_axis": 15 }""");
        var output = folder.File("out");

        var run = CliRun.Of("convert", new TestCohort().WriteTo(folder), "--to", "odm", "--out", output, "--with-endpoints", "--protocol", protocol);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"mm_min_short_axis\" is not a protocol parameter", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("--to", "sas", "--out", "x")]
    [InlineData("--to", "r")]
    [InlineData("--out", "x")]
    [InlineData("--to", "r", "--out", "x", "--protocol", "p.json")]
    public void Wrong_usage_exits_2_and_writes_nothing(params string[] options)
    {
        using var folder = new TemporaryFolder();
        var cohort = new TestCohort().WriteTo(folder);
        var args = options.Select(o => o == "x" ? folder.File("x") : o).ToArray();

        var run = CliRun.Of(["convert", cohort, .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(run.Error));
        Assert.False(Directory.Exists(folder.File("x")));
    }
}
