using Lutetia.Intake;
using Lutetia.Intake.Tests;

namespace Lutetia.Cli.Tests;

public sealed class SynthCommandTests
{
    [Fact]
    public void The_same_seed_gives_the_same_cohort_byte_for_byte()
    {
        using var a = new TemporaryFolder();
        using var b = new TemporaryFolder();

        Assert.Equal(0, CliRun.Of("synth", "--patients", "60", "--seed", "11", "--out", a.Path).ExitCode);
        Assert.Equal(0, CliRun.Of("synth", "--patients", "60", "--seed", "11", "--out", b.Path).ExitCode);

        foreach (var table in CohortFormat.Tables)
            Assert.Equal(File.ReadAllBytes(Path.Combine(a.Path, table.FileName)), File.ReadAllBytes(Path.Combine(b.Path, table.FileName)));
    }

    [Fact]
    public void Another_seed_gives_another_cohort()
    {
        using var a = new TemporaryFolder();
        using var b = new TemporaryFolder();

        CliRun.Of("synth", "--patients", "30", "--seed", "1", "--out", a.Path);
        CliRun.Of("synth", "--patients", "30", "--seed", "2", "--out", b.Path);

        Assert.NotEqual(File.ReadAllText(Path.Combine(a.Path, "patients.csv")), File.ReadAllText(Path.Combine(b.Path, "patients.csv")));
    }

    [Fact]
    public void A_synthetic_workbook_validates()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("synthetic.xlsx");

        Assert.Equal(0, CliRun.Of("synth", "--patients", "40", "--out", path).ExitCode);

        Assert.Equal(0, CliRun.Of("validate", path).ExitCode);
    }

    [Fact]
    public void A_patient_count_below_one_is_a_usage_error()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("synth", "--patients", "0", "--out", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--patients", run.Error, StringComparison.Ordinal);
    }
}
