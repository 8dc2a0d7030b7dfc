using Lutetia.Domain;
using Lutetia.Intake;

namespace Lutetia.Twin;

/// <summary>
/// <c>--check</c>: writes the twin to a temporary folder, reads it back through the intake rules
/// (no error and no warning allowed), derives the endpoints from what was read and sets each
/// published count beside the paper's; optionally compares the build byte for byte with a
/// committed folder and writes the derived endpoints for R.
/// </summary>
internal static class CheckCommand
{
    public static int Run(IReadOnlyList<PatientPlan> plans, Cohort cohort, string? against, string? endpointsFile, TextWriter output)
    {
        var temporary = Path.Combine(Path.GetTempPath(), "lutetia-twin-" + Guid.NewGuid().ToString("N"));
        try
        {
            CsvCohortWriter.Write(cohort, temporary);
            var problems = 0;
            var intake = CohortReader.Read(temporary, new ReadOptions(DateOnly.FromDateTime(DateTime.Today)));
            foreach (var problem in intake.Problems.Errors.Concat(intake.Problems.Warnings))
            {
                output.WriteLine($"DIFF intake: {problem}");
                problems++;
            }
            if (intake.Cohort is null)
                return 1;
            output.WriteLine($"{(problems == 0 ? "ok  " : "DIFF")} intake: {problems} errors or warnings");
            if (against is not null)
                problems += Compare(temporary, against, output);

            var check = new TwinCheck(intake.Cohort);
            var endpoints = check.Run();
            foreach (var line in check.Lines)
                output.WriteLine(line);
            var planDifferences = PlanAgreement.Differences(plans, endpoints);
            foreach (var line in planDifferences)
                output.WriteLine($"DIFF {line}");
            output.WriteLine($"{(planDifferences.Count == 0 ? "ok  " : "DIFF")} each patient's derived endpoints are the plan's: {plans.Count - planDifferences.Select(d => d[..8]).Distinct().Count()} of {plans.Count}");
            if (endpointsFile is not null)
                File.WriteAllText(endpointsFile, TwinCheck.EndpointsCsv(endpoints));
            var differences = problems + check.Differences + planDifferences.Count;
            output.WriteLine(differences == 0 ? "every published count is reproduced" : $"{differences} differences");
            return differences == 0 ? 0 : 1;
        }
        finally
        {
            if (Directory.Exists(temporary))
                Directory.Delete(temporary, recursive: true);
        }
    }

    /// <summary>Each CSV file of the fresh build against the committed one: a hand edit or a stale folder shows here.</summary>
    private static int Compare(string built, string committed, TextWriter output)
    {
        var differences = 0;
        foreach (var file in Directory.EnumerateFiles(built, "*.csv").Order(StringComparer.Ordinal))
        {
            var other = Path.Combine(committed, Path.GetFileName(file));
            var same = File.Exists(other) && File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(other));
            if (!same)
                differences++;
            output.WriteLine($"{(same ? "ok  " : "DIFF")} {Path.GetFileName(file)} {(same ? "is" : "is not")} what the plans build, byte for byte ({committed})");
        }
        return differences;
    }
}
