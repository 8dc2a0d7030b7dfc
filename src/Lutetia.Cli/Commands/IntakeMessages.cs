using System.Globalization;
using Lutetia.Domain;
using Lutetia.Intake;

namespace Lutetia.Cli.Commands;

/// <summary>How every command that reads a cohort reports intake's verdict: problems on stderr, the summary on stdout.</summary>
internal static class IntakeMessages
{
    public static void Write(CliConsole console, string path, IntakeResult result)
    {
        var problems = result.Problems;
        foreach (var error in problems.Errors)
            console.Error.WriteLine($"error: {error}");
        foreach (var warning in problems.Warnings)
            console.Error.WriteLine($"warning: {warning}");
        var hidden = problems.ErrorCount - problems.Errors.Count + problems.WarningCount - problems.Warnings.Count;
        if (hidden > 0)
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… and {hidden} more problems not listed (the first {ProblemList.Capacity} of each kind are shown)."));
        var warnings = problems.WarningCount == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"; {problems.WarningCount} warning(s)");
        if (problems.HasErrors)
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path}: not valid — {problems.ErrorCount} error(s){warnings}. Nothing was analysed or written: fix the errors above and validate again."));
        else
            console.Out.WriteLine($"{path}: valid — {result.Summary}{warnings}");
    }

    /// <summary>
    /// Reads a cohort for a command that goes on to analyse it. An invalid cohort prints intake's
    /// messages and yields null (the command then writes nothing); warnings are counted on stderr only.
    /// </summary>
    public static Cohort? Load(CliConsole console, string path)
    {
        if (!StudyToday.TryGet(console, out var today))
            return null;
        var result = console.WithProgress("Reading the cohort", progress =>
            CohortReader.Read(path, new ReadOptions(today) { Progress = new FractionProgress(progress) }));
        if (result.Problems.HasErrors)
        {
            Write(console, path, result);
            return null;
        }
        if (result.Problems.WarningCount > 0)
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path}: {result.Problems.WarningCount} warning(s); 'lutetia validate {path}' lists them."));
        return result.Cohort;
    }
}
