using System.Diagnostics;
using System.Globalization;
using Lutetia.Intake;
using Lutetia.Intake.Tests;

namespace Lutetia.Cli.Tests;

/// <summary>
/// Reading a hostile cohort takes no more than 256 MB beyond what a small valid
/// cohort takes. Measured honestly: <c>lutetia validate</c> runs as a child process under GNU time,
/// whose maximum resident set size is the kernel's peak for the whole process, native memory included.
/// </summary>
public sealed class PeakMemoryTests(ITestOutputHelper output)
{
    private const long BudgetKb = 256 * 1024;
    private const string Time = "/usr/bin/time";

    [Fact]
    public void Hostile_cohorts_are_read_within_256_MB_of_a_small_valid_one()
    {
        Assert.True(File.Exists(Time), $"{Time} is missing: install it with apt-get install time");
        using var valid = new TemporaryFolder();
        using var longLine = new TemporaryFolder();
        using var under = new TemporaryFolder();
        using var over = new TemporaryFolder();
        using var expanding = new TemporaryFolder();
        using var many = new TemporaryFolder();
        var baseline = PeakKb(new TestCohort().WriteTo(valid), out _);
        (string Name, string Path, bool Valid)[] cases =
        [
            ("CSV line of 200 MB", HostileFiles.LongLineCohort(longLine, 200L << 20), false),
            ("shared strings just under the limits (30 M characters)", HostileFiles.SharedStringsBomb(under, 30_000, 1000), true),
            ("shared strings over the character limit (40 M)", HostileFiles.SharedStringsBomb(over, 40_000, 1000), false),
            ("shared strings expanding to 300 MB", HostileFiles.SharedStringsBomb(expanding, 300_000, 1000), false),
            ("two million tiny shared strings", HostileFiles.SharedStringsBomb(many, IntakeLimits.MaximumSharedStrings, 1), true),
        ];
        output.WriteLine($"valid test cohort: {baseline / 1024} MB peak");
        foreach (var (name, path, isValid) in cases)
        {
            var peak = PeakKb(path, out var exit);
            output.WriteLine($"{name}: {peak / 1024} MB peak, {(peak - baseline) / 1024} MB over the valid cohort, exit {exit}");
            Assert.Equal(isValid ? 0 : 1, exit);
            Assert.True(peak - baseline < BudgetKb, $"{name}: {peak / 1024} MB peak, {(peak - baseline) / 1024} MB over the valid cohort's {baseline / 1024} MB");
        }
    }

    /// <summary>The peak resident set of <c>lutetia validate PATH</c>, in kilobytes.</summary>
    private static long PeakKb(string cohort, out int exitCode)
    {
        var report = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(Time) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in (string[])["-f", "%M", "-o", report, "dotnet", typeof(LutetiaCli).Assembly.Location, "validate", cohort])
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            process.WaitForExit();
            Assert.DoesNotContain("   at ", stderr.Result, StringComparison.Ordinal);
            _ = stdout.Result;
            exitCode = process.ExitCode;
            return long.Parse(File.ReadAllLines(report).Last(l => l.Length > 0), CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(report);
        }
    }
}
