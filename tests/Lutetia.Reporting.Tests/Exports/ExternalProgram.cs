using System.Diagnostics;

namespace Lutetia.Reporting.Tests.Exports;

/// <summary>
/// Runs a program the exports are checked with (Rscript, pspp). When it is not installed the test
/// fails saying how to install it, unless the variable that skips it is set to 1.
/// </summary>
internal static class ExternalProgram
{
    public static string? Find(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(folder, name);
            if (folder.Length > 0 && File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    /// <summary>The program's path; null when absent and skipped by <paramref name="skipVariable"/> = 1; fails otherwise.</summary>
    public static string? Require(string name, string debianPackage, string skipVariable)
    {
        if (Find(name) is { } path)
            return path;
        if (Environment.GetEnvironmentVariable(skipVariable) == "1")
            return null;
        Assert.Fail($"{name} is not installed, so this export cannot be read back. Install it with " +
                    $"'apt-get install -y {debianPackage}' (Debian/Ubuntu), or set {skipVariable}=1 to skip this check.");
        return null;
    }

    public static (int ExitCode, string Out, string Error) Run(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["LC_ALL"] = "C.UTF-8";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within two minutes.");
        }
        return (process.ExitCode, output, error.Result);
    }
}
