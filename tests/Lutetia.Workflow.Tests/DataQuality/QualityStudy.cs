using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Analysis;
using Lutetia.Workflow.DataQuality;

namespace Lutetia.Workflow.Tests.DataQuality;

/// <summary>
/// The small cohort in a fresh database, the accounts of each role (P1 is in C1, P2 in C2), and the
/// data-quality use cases; every context it opens has the observer attached, as the hosts attach it.
/// </summary>
public sealed class QualityStudy : IDisposable
{
    private QualityStudy(TestStore store)
    {
        Store = store;
        Db = Open("test:web");
    }

    public static Account Coordinator { get; } = new("coordinator@lutetia.test", LutetiaRole.Coordinator, null);
    public static Account InvestigatorC1 { get; } = new("investigator1@lutetia.test", LutetiaRole.Investigator, "C1");
    public static Account InvestigatorC2 { get; } = new("investigator2@lutetia.test", LutetiaRole.Investigator, "C2");

    public TestStore Store { get; }
    public LutetiaDbContext Db { get; }
    public StudyClock Clock { get; } = new(TimeProvider.System);

    public static QualityStudy Create(DatabaseProvider provider) => new(Sample.StoreWithSmallCohort(provider));

    /// <summary>A context on the study's database in <paramref name="user"/>'s name, whose saves refresh the issues.</summary>
    public LutetiaDbContext Open(string user = "test:check")
    {
        var db = Store.Open(user);
        db.SavedDataObserver = new DataQualityObserver(Clock);
        return db;
    }

    public CenterIssues CenterIssues => new(Db);
    public RecordIssues RecordIssues => new(Db);

    /// <summary>One patient's open issues as <see cref="RecordIssues"/> gives them, without their places.</summary>
    public async Task<Result<IReadOnlyList<DataQualityIssue>>> PatientIssuesAsync(Account actor, string patientId, CancellationToken cancellation)
    {
        var placed = await RecordIssues.RunAsync(actor, patientId, cancellation);
        return placed.TryGetValue(out var issues) ? Result<IReadOnlyList<DataQualityIssue>>.Success([.. issues.Select(i => i.Issue)]) : placed.Refusal!;
    }
    public RefreshCenterIssues Refresh => new(Db, Clock);
    public CenterCompleteness Completeness => new(Db, StudyProtocol.Published);

    public static T Value<T>(Result<T> result) =>
        result.TryGetValue(out var value) ? value : throw new Xunit.Sdk.XunitException($"refused: {result.Refusal}");

    public void Dispose()
    {
        Db.Dispose();
        Store.Dispose();
    }
}
