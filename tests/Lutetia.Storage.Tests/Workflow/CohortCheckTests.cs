using Lutetia.Domain;
using Lutetia.Intake;
using Lutetia.Intake.Tests;

namespace Lutetia.Storage.Tests.Workflow;

/// <summary>Intake's entry point for data in memory gives what the reader gives for the same data in files.</summary>
public sealed class CohortCheckTests
{
    [Fact]
    public void A_cohort_in_memory_gets_the_same_problems_as_the_same_cohort_written_to_files_and_read()
    {
        var small = Sample.Small();
        var cycles = small.PrrtCycles.ToArray();
        var third = Array.FindIndex(cycles, c => c.Patient.Value == "P1" && c.Number == 3);
        cycles[third] = cycles[third] with { Date = new DateOnly(2016, 2, 1) };
        var broken = small with
        {
            Patients = [small.Patients[0], small.Patients[1] with { Ecog = 7, Ki67Percent = 250m }],
            PrrtCycles = cycles,
            Complications = [.. small.Complications, new Complication(new PatientId("P1"), new DateOnly(2015, 12, 1), ComplicationType.Diarrhea, false)],
        };
        using var folder = new TemporaryFolder();
        var files = folder.File("broken");
        CsvCohortWriter.Write(broken, files);
        var options = new ReadOptions(TestCohort.Today);

        var read = CohortReader.Read(files, options).Problems;
        var checkedInMemory = CohortCheck.Check(broken, options);

        Assert.Equal(4, read.ErrorCount);
        Assert.Equal(Shown(read), Shown(checkedInMemory));
        Assert.Contains(checkedInMemory.Errors, p => p is { File: "patients.csv", Row: 3, Column: "ki67_percent", Rule: "range" });
        Assert.Contains(checkedInMemory.Errors, p => p is { File: "prrt_cycles.csv", Column: "date", Rule: "cycle_dates" });
    }

    private static List<string> Shown(ProblemList problems) => [.. problems.Errors.Concat(problems.Warnings).Select(p => p.ToString())];
}
