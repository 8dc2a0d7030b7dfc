using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Tests;

/// <summary>The paths the web application takes: asynchronous saves, a caller's own transaction, a failed import.</summary>
public sealed class SaveTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_asynchronous_save_is_audited_checked_for_a_reason_and_for_a_lost_race(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        await using var alice = store.Open("alice");
        await using var bob = store.Open("bob");
        var hers = await alice.PrrtCycles.SingleAsync(c => c.PatientId == "P1" && c.Cycle == 4, TestContext.Current.CancellationToken);
        var his = await bob.PrrtCycles.SingleAsync(c => c.PatientId == "P1" && c.Cycle == 4, TestContext.Current.CancellationToken);

        hers.ActivityGbq = 6.1m;
        await Assert.ThrowsAsync<AuditReasonRequiredException>(() => alice.SaveChangesAsync(TestContext.Current.CancellationToken));
        alice.Reason = "activity from the pharmacy record";
        await alice.SaveChangesAsync(TestContext.Current.CancellationToken);

        his.ActivityGbq = 5.0m;
        bob.Reason = "typo";
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => bob.SaveChangesAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("activity_gbq", "5.5", "6.1", "5.0", "alice"),
            (conflict.Conflicts[0].Field, conflict.Conflicts[0].StartedFrom, conflict.Conflicts[0].TheirValue, conflict.Conflicts[0].YourValue, conflict.Conflicts[0].ChangedBy));

        await using var check = store.Open();
        var update = await check.AuditEntries.SingleAsync(e => e.Action == AuditAction.Update, TestContext.Current.CancellationToken);
        Assert.Equal(("prrt_cycles", "P1/4", "5.5", "6.1", "alice"), (update.Entity, update.EntityKey, update.OldValue, update.NewValue, update.User));
        Assert.True(AuditTrail.Verify(check).IsIntact);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Saves_inside_a_callers_transaction_are_rolled_back_with_it_audit_entries_included(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        long head;
        using (var db = store.Open())
        {
            head = db.AuditChainHeads.Single().LastEntryId;
            using var transaction = db.Database.BeginTransaction();
            db.Reason = "trial";
            db.Patients.Single(p => p.PatientId == "P1").Ecog = 3;
            db.SaveChanges();
            db.Patients.Single(p => p.PatientId == "P2").Ecog = 3;
            db.SaveChanges();
            Assert.Equal(head + 2, db.AuditEntries.Count());
            transaction.Rollback();
        }
        using var check = store.Open();
        Assert.Equal(head, check.AuditEntries.Count());
        Assert.Equal(head, check.AuditChainHeads.Single().LastEntryId);
        Assert.Equal(0, check.Patients.Single(p => p.PatientId == "P1").Ecog);
        Assert.True(AuditTrail.Verify(check).IsIntact);
    }

    [Fact]
    public void An_import_that_fails_midway_leaves_the_database_empty()
    {
        using var store = TestStore.Create(DatabaseProvider.Sqlite);
        store.Sql("CREATE TRIGGER refuse_third_lab BEFORE INSERT ON labs WHEN NEW.sequence = 3 BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
        using (var db = store.Open())
            Assert.Throws<DbUpdateException>(() => CohortStore.Import(db, Sample.Synthetic(20)));
        using var check = store.Open();
        Assert.Equal((0, 0, 0, 0), (check.Centers.Count(), check.Patients.Count(), check.Measurements.Count(), check.AuditEntries.Count()));
        Assert.Equal(0, check.AuditChainHeads.Single().LastEntryId);
    }

    [Fact]
    public void A_patients_history_lists_every_change_to_their_rows_and_nothing_of_the_others()
    {
        using var store = Sample.StoreWithSmallCohort(DatabaseProvider.Sqlite);
        using (var db = store.Open("bob"))
        {
            db.Reason = "corrected";
            db.Reads.First(r => r.PatientId == "P2").ExamDate = new DateOnly(2017, 1, 20);
            db.SaveChanges();
        }
        using var check = store.Open();
        var history = AuditTrail.ForPatient(check, "P2");
        Assert.All(history, e => Assert.Equal("P2", e.PatientId));
        Assert.Equal(("bob", "reads", "exam_date"), (history[^1].User, history[^1].Entity, history[^1].Field));
        Assert.Equal(history.OrderBy(e => e.Id).Select(e => e.Id), history.Select(e => e.Id));
        Assert.Equal(check.AuditEntries.Count(e => e.PatientId == "P2"), history.Count);
        Assert.Contains(history, e => e.Entity == "measurements");
    }
}
