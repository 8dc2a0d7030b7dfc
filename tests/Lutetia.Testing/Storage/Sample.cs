using Lutetia.Domain;
using Lutetia.Intake;
using Lutetia.Intake.Tests;

namespace Lutetia.Storage.Tests;

/// <summary>Cohorts the tests store: the small hand-made one of the intake tests, and synthetic ones.</summary>
public static class Sample
{
    public static Cohort Small()
    {
        using var folder = new TemporaryFolder();
        return CohortReader.ReadValid(new TestCohort().WriteTo(folder), TestCohort.Today);
    }

    public static Cohort Synthetic(int patients, int seed = 7) =>
        SyntheticCohort.Generate(new SynthesisOptions(patients, seed));

    /// <summary>A database holding the small cohort, imported by <c>test:import</c>.</summary>
    public static TestStore StoreWithSmallCohort(DatabaseProvider provider)
    {
        var store = TestStore.Create(provider);
        using var db = store.Open("test:import");
        CohortStore.Import(db, Small());
        return store;
    }
}
