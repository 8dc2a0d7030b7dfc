using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Tests.Workflow;

/// <summary>
/// The small cohort in a fresh database with one account per role — a coordinator, a reviewer, a
/// statistician, an investigator of C1 (P1's centre) and one of C2 — and the workflow services on
/// one context, their clock fixed
/// (Lutetia.Workflow.Tests builds the use cases of queries, locks and review on it).
/// </summary>
public sealed class WorkflowStudy : IDisposable
{
    public const string Password = "Correct-Horse-9";

    private WorkflowStudy(TestStore store)
    {
        Store = store;
        Db = store.Open("test:web");
        Coordinator = Account("coordinator@lutetia.test");
        Reviewer = Account("reviewer@lutetia.test");
        Statistician = Account("statistician@lutetia.test");
        InvestigatorC1 = Account("investigator1@lutetia.test");
        InvestigatorC2 = Account("investigator2@lutetia.test");
    }

    public TestStore Store { get; }
    public LutetiaDbContext Db { get; }
    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero));
    public LutetiaUser Coordinator { get; }
    public LutetiaUser Reviewer { get; }
    public LutetiaUser Statistician { get; }
    public LutetiaUser InvestigatorC1 { get; }
    public LutetiaUser InvestigatorC2 { get; }

    public static WorkflowStudy Create(DatabaseProvider provider)
    {
        var store = Sample.StoreWithSmallCohort(provider);
        using (var db = store.Open("test:accounts"))
        {
            void Add(string email, LutetiaRole role, string? center) =>
                Assert.Empty(UserAccounts.AddAsync(db, email, role, center, Password).GetAwaiter().GetResult());
            Add("coordinator@lutetia.test", LutetiaRole.Coordinator, null);
            Add("reviewer@lutetia.test", LutetiaRole.Reviewer, null);
            Add("statistician@lutetia.test", LutetiaRole.Statistician, null);
            Add("investigator1@lutetia.test", LutetiaRole.Investigator, "C1");
            Add("investigator2@lutetia.test", LutetiaRole.Investigator, "C2");
        }
        return new WorkflowStudy(store);
    }

    private LutetiaUser Account(string email) => Db.Users.AsNoTracking().Single(u => u.Email == email);

    public void Dispose()
    {
        Db.Dispose();
        Store.Dispose();
    }
}
