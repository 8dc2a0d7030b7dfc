using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Storage.Tests.Workflow;
using Lutetia.Storage.Workflow;
using static Lutetia.Workflow.Tests.Outcome;

namespace Lutetia.Workflow.Tests.Locks;

/// <summary>A lock signed while others are saving: no edit of the record is committed after the signature.</summary>
public sealed class LockRaceTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Edits_racing_a_lock_are_all_either_before_the_signature_in_the_trail_or_refused(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var saved = 0;
        var refused = 0;
        var lockRequested = new TaskCompletionSource();
        async Task Edit(int editor)
        {
            // Each editor keeps saving until the lock stops it (bounded, should the lock never come).
            for (var i = 0; i < 500; i++)
            {
                await using var db = study.Store.Open($"editor{editor}");
                db.Reason = "race";
                var lab = db.Labs.Where(l => l.PatientId == "P1").OrderBy(l => l.Sequence).Skip(editor % 2).First();
                lab.Value += 1;
                try
                {
                    await db.SaveChangesAsync(TestContext.Current.CancellationToken);
                    if (Interlocked.Increment(ref saved) == 4)
                        lockRequested.TrySetResult();
                }
                catch (RecordLockedException)
                {
                    Interlocked.Increment(ref refused);
                    return;
                }
                catch (ConcurrencyConflictException)
                {
                    // two editors of the same lab: the loser retries with a fresh context
                }
            }
        }
        async Task Lock()
        {
            await lockRequested.Task;
            await using var db = study.Store.Open("coordinator@lutetia.test");
            await Done(c.Lock(db).RunAsync(c.Coordinator, WorkflowStudy.Password, "P1", TestContext.Current.CancellationToken));
        }

        // On threads of their own: SQLite's asynchronous calls complete synchronously and would run one editor after the other.
        var token = TestContext.Current.CancellationToken;
        await Task.WhenAll(Task.Run(() => Edit(0), token), Task.Run(() => Edit(1), token), Task.Run(() => Edit(2), token),
            Task.Run(() => Edit(3), token), Task.Run(Lock, token));

        using var check = study.Store.Open();
        var signature = check.AuditEntries.Single(e => e.Entity == "record_locks").Id;
        var edits = check.AuditEntries.Where(e => e.Entity == "labs" && e.User.StartsWith("editor")).Select(e => e.Id).ToList();
        Assert.Equal(saved, edits.Count);
        Assert.All(edits, id => Assert.True(id < signature, $"the edit of entry {id} was saved after the lock (entry {signature})"));
        Assert.Equal(4, refused); // every editor was still saving when the lock came, and was stopped by it
        Assert.True(AuditTrail.Verify(check).IsIntact);
    }
}
