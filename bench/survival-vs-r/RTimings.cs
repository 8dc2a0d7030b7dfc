using System.Diagnostics;
using System.Globalization;

namespace Lutetia.Bench.SurvivalVsR;

/// <summary>Runs survival_timing.R on a CSV file and reads back its "name,value" lines.</summary>
internal static class RTimings
{
    public static Dictionary<string, double> Run(string csv, int reps)
    {
        string script = Path.Combine(AppContext.BaseDirectory, "survival_timing.R");
        var start = new ProcessStartInfo("Rscript")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(csv);
        start.ArgumentList.Add(reps.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Rscript could not be started; install r-base-core and r-cran-survival.");
        var errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"Rscript failed ({process.ExitCode}): {errors.Result}");
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(',');
            values[parts[0]] = double.Parse(parts[1], CultureInfo.InvariantCulture);
        }
        return values;
    }
}
