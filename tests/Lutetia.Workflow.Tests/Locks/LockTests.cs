using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Storage.Tests.Workflow;
using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;
using static Lutetia.Workflow.Tests.Outcome;

namespace Lutetia.Workflow.Tests.Locks;

/// <summary>Record locking: a password-confirmed signature by a coordinator, enforced on every save, voided by unlocking.</summary>
public sealed class LockTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_locked_record_refuses_every_edit_naming_who_locked_it_until_a_coordinator_unlocks_it(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var signature = await Done(c.Lock().RunAsync(c.Coordinator, WorkflowStudy.Password, "P1", Cancellation));
        Assert.Equal(("coordinator@lutetia.test", "locked for analysis", false), (signature.Signer, signature.Meaning, signature.IsVoid));
        Assert.Equal(new DateTime(2026, 11, 25, 20, 0, 0, DateTimeKind.Utc), signature.SignedAtUtc);

        await using (var web = study.Store.Open("investigator1@lutetia.test"))
        {
            web.Reason = "correction";
            web.Patients.Single(p => p.PatientId == "P1").Ecog = 1;
            var refused = Assert.Throws<RecordLockedException>(() => web.SaveChanges());
            Assert.Contains("patient P1's record is locked for analysis: locked by coordinator@lutetia.test at 2026-11-25 20:00:00 UTC", refused.Message, StringComparison.Ordinal);
            Assert.Equal(("P1", "coordinator@lutetia.test"), (refused.PatientId, refused.LockedBy));
        }
        await using (var web = study.Store.Open("investigator1@lutetia.test"))
        {
            web.Measurements.Remove(web.Measurements.Single(m => m.ReadId == "R3" && m.LesionId == "L4"));
            web.Reason = "not a lesion";
            await Assert.ThrowsAsync<RecordLockedException>(() => web.SaveChangesAsync(TestContext.Current.CancellationToken));
            web.ChangeTracker.Clear();
            web.Labs.Add(new LabRow { PatientId = "P1", Date = new DateOnly(2016, 10, 1), Test = Lutetia.Domain.LabTest.Cga, Value = 90, Uln = 100 });
            Assert.Throws<RecordLockedException>(() => web.SaveChanges());
            web.ChangeTracker.Clear();
            web.Patients.Single(p => p.PatientId == "P2").Ecog = 2; // another patient's record is not locked
            web.SaveChanges();
        }

        study.Clock.Now = study.Clock.Now.AddHours(1);
        await Refused(RefusalKind.Invalid, c.Unlock.RunAsync(c.Coordinator, "wrong-Password-1", "P1", "late lab", Cancellation));
        var voided = await Done(c.Unlock.RunAsync(c.Coordinator, WorkflowStudy.Password, "P1", "late lab result to enter", Cancellation));
        Assert.Equal(("coordinator@lutetia.test", "late lab result to enter", true), (voided.VoidedBy, voided.VoidReason, voided.IsVoid));

        await using (var web = study.Store.Open("investigator1@lutetia.test"))
        {
            web.Reason = "correction";
            web.Patients.Single(p => p.PatientId == "P1").Ecog = 1;
            web.SaveChanges();
        }
        var history = await Done(c.History.RunAsync(c.InvestigatorC1, "P1", Cancellation));
        Assert.Equal(new DateTime(2026, 11, 25, 21, 0, 0, DateTimeKind.Utc), Assert.Single(history).VoidedAtUtc);
        Assert.Null(await Done(c.Current.RunAsync(c.InvestigatorC1, "P1", Cancellation)));
        using var check = study.Store.Open();
        Assert.Equal(4, check.AuditEntries.Count(e => e.Entity == "record_locks")); // the signature, then its three void fields
        Assert.Equal(0, check.AuditEntries.Count(e => e.Entity == "labs" && e.NewValue!.Contains("2016-10-01")));
        Assert.True(AuditTrail.Verify(check).IsIntact);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Only_a_coordinator_with_their_own_password_signs_and_a_locked_record_is_not_locked_twice(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        await Refused(RefusalKind.Forbidden, c.Lock().RunAsync(c.InvestigatorC1, WorkflowStudy.Password, "P1", Cancellation));
        await Refused(RefusalKind.Forbidden, c.Lock().RunAsync(c.Reviewer, WorkflowStudy.Password, "P1", Cancellation));
        var wrong = await Refused(RefusalKind.Invalid, c.Lock().RunAsync(c.Coordinator, "Correct-Horse-8", "P1", Cancellation));
        Assert.Contains("nothing was signed", wrong.Message, StringComparison.Ordinal);
        Assert.True(Lutetia.Workflow.Locks.Signature.Rejects(wrong));
        var empty = await Refused(RefusalKind.Invalid, c.Lock().RunAsync(c.Coordinator, "", "P1", Cancellation));
        Assert.Equal("to sign the lock, enter your password (coordinator@lutetia.test's); nothing was signed", empty.Message);
        Assert.Empty(await Done(c.History.RunAsync(c.Coordinator, "P1", Cancellation)));

        await Done(c.Lock().RunAsync(c.Coordinator, WorkflowStudy.Password, "P1", Cancellation));
        await Refused(RefusalKind.Conflict, c.Lock().RunAsync(c.Coordinator, WorkflowStudy.Password, "P1", Cancellation));
        await Refused(RefusalKind.Forbidden, c.Unlock.RunAsync(c.InvestigatorC1, WorkflowStudy.Password, "P1", "x", Cancellation));
        var noReason = await Refused(RefusalKind.Invalid, c.Unlock.RunAsync(c.Coordinator, WorkflowStudy.Password, "P1", " ", Cancellation));
        Assert.False(Lutetia.Workflow.Locks.Signature.Rejects(noReason));
        await Refused(RefusalKind.Forbidden, c.Current.RunAsync(c.InvestigatorC2, "P1", Cancellation));
        Assert.Equal(["P1"], (await Done(c.CenterLocks.RunAsync(c.Statistician, "C1", Cancellation))).Select(l => l.PatientId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_database_keeps_a_signature_and_refuses_to_delete_it_or_change_it_once_void(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        await Done(c.Lock().RunAsync(c.Coordinator, WorkflowStudy.Password, "P1", Cancellation));
        Assert.ThrowsAny<Exception>(() => study.Store.Sql("DELETE FROM record_locks"));
        Assert.ThrowsAny<Exception>(() => study.Store.Sql("UPDATE record_locks SET signer = 'mallory'"));
        await Done(c.Unlock.RunAsync(c.Coordinator, WorkflowStudy.Password, "P1", "reopened for a late lab", Cancellation));
        Assert.ThrowsAny<Exception>(() => study.Store.Sql("UPDATE record_locks SET voided_by = 'mallory'"));
        await Done(c.Lock().RunAsync(c.Coordinator, WorkflowStudy.Password, "P1", Cancellation));
        Assert.ThrowsAny<Exception>(() => study.Store.Sql(
            "INSERT INTO record_locks (patient_id, number, center_id, signer, signed_at_utc, meaning) " +
            "VALUES ('P1', 9, 'C1', 'mallory', '2026-11-25 20:00:00+00', 'locked for analysis')"));
        var history = await Done(c.History.RunAsync(c.Coordinator, "P1", Cancellation));
        Assert.Equal([true, false], history.Select(l => l.IsVoid));
        Assert.Equal("coordinator@lutetia.test", history[0].VoidedBy);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_edit_begun_before_the_lock_is_refused_when_saved_after_it(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        await using var web = study.Store.Open("investigator1@lutetia.test");
        var read = await web.Reads.SingleAsync(r => r.ReadId == "R3", TestContext.Current.CancellationToken);
        read.ExamDate = new DateOnly(2016, 9, 21);
        web.Reason = "date from the report";

        await using (var coordinator = study.Store.Open("coordinator@lutetia.test"))
            await Done(c.Lock(coordinator).RunAsync(c.Coordinator, WorkflowStudy.Password, "P1", Cancellation));

        await Assert.ThrowsAsync<RecordLockedException>(() => web.SaveChangesAsync(TestContext.Current.CancellationToken));
        using var check = study.Store.Open();
        Assert.Equal(new DateOnly(2016, 9, 20), check.Reads.Single(r => r.ReadId == "R3").ExamDate);
        Assert.DoesNotContain(check.AuditEntries, e => e.Entity == "reads" && e.Action == AuditAction.Update);
        Assert.True(AuditTrail.Verify(check).IsIntact);
    }
}
