using System.Diagnostics;

namespace Lutetia.Web.Tests;

/// <summary>
/// The systemd units of deploy/systemd pass <c>systemd-analyze verify</c> — with
/// the installed program where the units expect it (/opt/lutetia/lutetia is the published one here) —
/// and say nothing (systemd-analyze exits 0 even on an unknown key; its warnings go to stderr).
/// </summary>
public sealed class DeployFilesTests(PublishedLutetia published)
{
    private const string SystemdAnalyze = "/usr/bin/systemd-analyze";

    [Fact]
    public async Task The_systemd_units_pass_systemd_analyze_verify_without_a_warning()
    {
        Assert.True(File.Exists(SystemdAnalyze), $"{SystemdAnalyze} is missing: install Debian's systemd (scripts/test does it).");
        var program = Path.Combine(await published.FolderAsync(), "lutetia");
        var folder = Directory.CreateTempSubdirectory("lutetia-units-").FullName;
        try
        {
            var source = Path.Combine(PublishedLutetia.RepositoryRoot(), "deploy", "systemd");
            var units = new List<string>();
            foreach (var (file, name) in new[] { ("lutetia@.service", "lutetia@5081.service"), ("lutetia-backup.service", "lutetia-backup.service"), ("lutetia-backup.timer", "lutetia-backup.timer") })
            {
                var path = Path.Combine(folder, name);
                File.WriteAllText(path, File.ReadAllText(Path.Combine(source, file)).Replace("/opt/lutetia/lutetia", program, StringComparison.Ordinal));
                units.Add(path);
            }
            var start = new ProcessStartInfo(SystemdAnalyze) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
            start.ArgumentList.Add("verify");
            start.ArgumentList.Add("--man=no");
            foreach (var unit in units)
                start.ArgumentList.Add(unit);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            var said = (output + await error).Trim();
            Assert.True(process.ExitCode == 0 && said.Length == 0, $"systemd-analyze verify exited {process.ExitCode}:\n{said}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
