using BenchmarkDotNet.Attributes;
using Lutetia.Intake;

namespace Lutetia.Bench;

/// <summary>
/// Issue 3's speed targets: read and validate a 100,000-patient synthetic cohort as CSV (under
/// 10 s, under 1.5 GB) and read the .xlsx form of a 10,000-patient cohort (under 10 s). The
/// cohorts are synthesised once per run (seed 1) into a temporary folder.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class IntakeBenchmarks
{
    private static readonly ReadOptions Options = new(new DateOnly(2026, 1, 1));
    private string _root = "";
    private string _csv100k = "";
    private string _xlsx10k = "";

    [GlobalSetup]
    public void Synthesise()
    {
        _root = Path.Combine(Path.GetTempPath(), $"lutetia-bench-{Environment.ProcessId}");
        _csv100k = Path.Combine(_root, "cohort-100k");
        _xlsx10k = Path.Combine(_root, "cohort-10k.xlsx");
        CsvCohortWriter.Write(SyntheticCohort.Generate(new SynthesisOptions(100_000, Seed: 1)), _csv100k);
        XlsxCohortWriter.Write(SyntheticCohort.Generate(new SynthesisOptions(10_000, Seed: 1)), _xlsx10k);
    }

    [GlobalCleanup]
    public void Remove() => Directory.Delete(_root, recursive: true);

    [Benchmark(Description = "CSV folder, 100,000 patients: read + validate")]
    public int ReadCsv100k() => Valid(CohortReader.Read(_csv100k, Options));

    [Benchmark(Description = ".xlsx workbook, 10,000 patients: read + validate")]
    public int ReadXlsx10k() => Valid(CohortReader.Read(_xlsx10k, Options));

    private static int Valid(IntakeResult result) =>
        result.Cohort?.Patients.Count ?? throw new InvalidOperationException("The synthetic cohort should be valid.");
}
