using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lutetia.Domain;

namespace Lutetia.Intake.Tests;

/// <summary>Export → import → export: byte-identical for CSV; the same cohort through both forms.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public void Csv_export_import_export_is_byte_identical()
    {
        using var source = new TemporaryFolder();
        using var first = new TemporaryFolder();
        using var second = new TemporaryFolder();
        var cohort = CohortReader.ReadValid(new TestCohort().WriteTo(source), TestCohort.Today);

        CsvCohortWriter.Write(cohort, first.Path);
        CsvCohortWriter.Write(CohortReader.ReadValid(first.Path, TestCohort.Today), second.Path);

        var files = Directory.GetFiles(first.Path).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(CohortFormat.Tables.Count, files.Length);
        foreach (var file in files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file!)), File.ReadAllBytes(Path.Combine(second.Path, file!)));
    }

    [Fact]
    public void The_canonical_form_keeps_decimals_as_written_and_quotes_only_where_needed()
    {
        using var source = new TemporaryFolder();
        using var output = new TemporaryFolder();
        var cohort = CohortReader.ReadValid(new TestCohort().WriteTo(source), TestCohort.Today);

        CsvCohortWriter.Write(cohort, output.Path);

        var centers = File.ReadAllText(output.File("centers.csv"));
        Assert.Equal("center_id,name\nC1,Centre one\nC2,\"Centre two, Lyon\"\n", centers);
        Assert.Contains("R1,L2,25.0,,,,,\n", File.ReadAllText(output.File("measurements.csv")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output.Path, "*.tmp"));
    }

    [Property(MaxTest = 25)]
    public Property Generated_cohorts_round_trip_through_csv_and_xlsx() =>
        Prop.ForAll(CohortArbitrary(), cohort =>
        {
            using var folder = new TemporaryFolder();
            var csv = Path.Combine(folder.Path, "csv");
            CsvCohortWriter.Write(cohort, csv);
            CohortAssert.Equal(cohort, CohortReader.ReadValid(csv, TestCohort.Today));

            var workbook = folder.File("cohort.xlsx");
            XlsxCohortWriter.Write(cohort, workbook);
            CohortAssert.Equal(cohort, CohortReader.ReadValid(workbook, TestCohort.Today));
        });

    /// <summary>Synthetic cohorts of 1–40 patients from any seed, with centre names full of commas, quotes and accents.</summary>
    private static Arbitrary<Cohort> CohortArbitrary()
    {
        var names = Gen.Elements("Hôpital \"Nord\", Marseille", "CHU de Nantes", "Zürich · USZ", "Centre, with comma", "L'Institut", "Ñ 😀 日本")
            .ArrayOf();
        var cohorts =
            from size in Gen.Choose(1, 40)
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from centerNames in names
            select Rename(SyntheticCohort.Generate(new SynthesisOptions(size, seed)), centerNames);
        return cohorts.ToArbitrary();
    }

    private static Cohort Rename(Cohort cohort, string[] names) => names.Length == 0 ? cohort : cohort with
    {
        Centers = [.. cohort.Centers.Select((c, i) => c with { Name = names[i % names.Length] })],
    };
}
