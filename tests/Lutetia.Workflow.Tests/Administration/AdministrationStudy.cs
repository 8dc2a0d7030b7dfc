using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Lutetia.Workflow.Tests.Administration;

/// <summary>
/// A study for the administration use cases: the small cohort (centres C1 and C2) with two
/// coordinators and a reviewer, the clock stopped at <see cref="Now"/>; <see cref="Over"/> gives the
/// use cases over a new context, as a command or a request gets them.
/// </summary>
public sealed class AdministrationStudy : IDisposable
{
    public const string Password = "Correct-horse-9";
    public const string Chief = "chief@chu-lyon.fr";
    public const string Deputy = "deputy@chu-lyon.fr";
    public const string Reader = "reader@chu-lyon.fr";
    public static readonly DateTime Now = new(2026, 12, 7, 16, 0, 0, DateTimeKind.Utc);

    public static readonly Account Coordinator = new(Chief, LutetiaRole.Coordinator, null);
    public static readonly Account Reviewer = new(Reader, LutetiaRole.Reviewer, null);

    private readonly List<IDisposable> _opened = [];

    private AdministrationStudy(TestStore store) => Store = store;

    public TestStore Store { get; }

    public static async Task<AdministrationStudy> CreateAsync(DatabaseProvider provider)
    {
        var store = Sample.StoreWithSmallCohort(provider);
        using var db = store.Open("cli:root");
        Assert.Empty(await UserAccounts.AddAsync(db, Chief, LutetiaRole.Coordinator, null, Password));
        Assert.Empty(await UserAccounts.AddAsync(db, Deputy, LutetiaRole.Coordinator, null, Password));
        Assert.Empty(await UserAccounts.AddAsync(db, Reader, LutetiaRole.Reviewer, null, Password));
        return new AdministrationStudy(store);
    }

    /// <summary>The use cases over a new context (in the name "test:request"; each use case saves in its actor's).</summary>
    public WorkflowScope Over()
    {
        var db = Store.Open("test:request");
        db.Clock = new FakeTimeProvider(new DateTimeOffset(Now));
        var scope = WorkflowScope.Over(db);
        _opened.Add(db);
        _opened.Add(scope);
        return scope;
    }

    public LutetiaUser Stored(string email)
    {
        using var db = Store.Open("test:check");
        return db.Users.AsNoTracking().Single(u => u.Email == email);
    }

    public List<AuditEntry> Entries(string entity, string key)
    {
        using var db = Store.Open("test:check");
        return db.AuditEntries.AsNoTracking().Where(e => e.Entity == entity && e.EntityKey == key).OrderBy(e => e.Id).ToList();
    }

    public List<AuditEntry> UserEntries(string email) => Entries("users", Stored(email).Id);

    public static void Refused(RefusalKind kind, string message, Refusal? refusal)
    {
        Assert.NotNull(refusal);
        Assert.Equal((kind, message), (refusal.Kind, refusal.Message));
    }

    public void Dispose()
    {
        for (var i = _opened.Count - 1; i >= 0; i--)
            _opened[i].Dispose();
        Store.Dispose();
    }
}
