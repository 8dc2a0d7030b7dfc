using Lutetia.Intake;
using Lutetia.Intake.Tests;

namespace Lutetia.Storage.Tests;

public sealed class RoundTripTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_synthetic_cohort_of_300_patients_exported_then_imported_exports_byte_for_byte_the_same(DatabaseProvider provider)
    {
        using var folder = new TemporaryFolder();
        var exported = folder.File("exported");
        CsvCohortWriter.Write(Sample.Synthetic(300), exported);

        AssertSameFiles(exported, ImportThenExport(provider, exported, folder.File("again")));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_database_export_imported_into_a_second_database_exports_byte_for_byte_the_same(DatabaseProvider provider)
    {
        using var folder = new TemporaryFolder();
        var original = folder.File("original");
        CsvCohortWriter.Write(Sample.Synthetic(30, seed: 11), original);
        var first = ImportThenExport(provider, original, folder.File("first"));

        AssertSameFiles(first, ImportThenExport(provider, first, folder.File("second")));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Every_row_of_every_table_comes_back_in_file_order(DatabaseProvider provider)
    {
        var cohort = Sample.Synthetic(40, seed: 3);
        using var store = TestStore.Create(provider);
        using (var db = store.Open())
            Assert.Equal(cohort.Centers.Count + cohort.Patients.Count + cohort.MetastaticSites.Count + cohort.PriorTreatments.Count
                         + cohort.PrrtCycles.Count + cohort.Lesions.Count + cohort.Reads.Count + cohort.Measurements.Count
                         + cohort.Symptoms.Count + cohort.Labs.Count + cohort.Complications.Count + cohort.Progressions.Count,
                CohortStore.Import(db, cohort));
        using var read = store.Open();
        CohortAssert.Equal(cohort, CohortStore.Export(read));
    }

    [Fact]
    public void A_centre_export_holds_that_centre_and_only_its_patients_rows_and_is_a_valid_cohort()
    {
        using var folder = new TemporaryFolder();
        var cohort = Sample.Synthetic(60, seed: 5);
        using var store = TestStore.Create(DatabaseProvider.Sqlite);
        using (var db = store.Open())
            CohortStore.Import(db, cohort);
        var center = cohort.Centers[1].Id;
        using var read = store.Open();
        var export = CohortStore.Export(read, center.Value);

        Assert.Equal([cohort.Centers[1]], export.Centers);
        Assert.Equal(cohort.Patients.Where(p => p.Center == center), export.Patients);
        var mine = export.Patients.Select(p => p.Id).ToHashSet();
        Assert.All(export.Reads, r => Assert.Contains(r.Patient, mine));
        Assert.Equal(cohort.Reads.Count(r => mine.Contains(r.Patient)), export.Reads.Count);
        CsvCohortWriter.Write(export, folder.File("centre"));
        Assert.True(CohortReader.Read(folder.File("centre"), new ReadOptions(Today)).IsValid);
    }

    [Fact]
    public void Exporting_an_unknown_centre_is_refused_with_its_name()
    {
        using var store = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using var db = store.Open();
        var error = Assert.Throws<ArgumentException>(() => CohortStore.Export(db, "C9"));
        Assert.Contains("\"C9\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_into_a_database_that_already_holds_a_cohort_is_refused_and_adds_nothing()
    {
        using var store = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using var db = store.Open();
        var before = db.AuditEntries.Count();
        var error = Assert.Throws<InvalidOperationException>(() => CohortStore.Import(db, Sample.Small()));
        Assert.Contains("already holds a cohort (2 centres, 2 patients)", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, db.AuditEntries.Count());
    }

    private static string ImportThenExport(DatabaseProvider provider, string from, string to)
    {
        var result = CohortReader.Read(from, new ReadOptions(Today));
        Assert.True(result.IsValid, string.Join("\n", result.Problems.Errors.Take(5)));
        using var store = TestStore.Create(provider);
        using (var db = store.Open("test:import"))
            CohortStore.Import(db, result.Cohort!);
        using (var db = store.Open())
            CsvCohortWriter.Write(CohortStore.Export(db), to);
        return to;
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        var names = Directory.GetFiles(expected).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(names, Directory.GetFiles(actual).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(12, names.Length);
        foreach (var name in names)
        {
            var want = File.ReadAllBytes(Path.Combine(expected, name!));
            var got = File.ReadAllBytes(Path.Combine(actual, name!));
            Assert.True(want.AsSpan().SequenceEqual(got), $"{name} differs after the round trip ({want.Length} bytes → {got.Length} bytes)");
        }
    }
}
