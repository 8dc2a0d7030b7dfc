using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Tests.Workflow;

/// <summary>Record locking: a password-confirmed signature by a coordinator, enforced on every save, voided by unlocking.</summary>
public sealed class LockTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_locked_record_refuses_every_edit_naming_who_locked_it_until_a_coordinator_unlocks_it(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var signature = await study.Locks().LockAsync(study.Coordinator, WorkflowStudy.Password, "P1");
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
        await Assert.ThrowsAsync<SignatureRejectedException>(() => study.Locks().UnlockAsync(study.Coordinator, "wrong-Password-1", "P1", "late lab"));
        var voided = await study.Locks().UnlockAsync(study.Coordinator, WorkflowStudy.Password, "P1", "late lab result to enter");
        Assert.Equal(("coordinator@lutetia.test", "late lab result to enter", true), (voided.VoidedBy, voided.VoidReason, voided.IsVoid));

        await using (var web = study.Store.Open("investigator1@lutetia.test"))
        {
            web.Reason = "correction";
            web.Patients.Single(p => p.PatientId == "P1").Ecog = 1;
            web.SaveChanges();
        }
        var history = study.Locks().History(study.InvestigatorC1, "P1");
        Assert.Equal(new DateTime(2026, 11, 25, 21, 0, 0, DateTimeKind.Utc), Assert.Single(history).VoidedAtUtc);
        Assert.Null(study.Locks().Current(study.InvestigatorC1, "P1"));
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
        await Assert.ThrowsAsync<WorkflowForbiddenException>(() => study.Locks().LockAsync(study.InvestigatorC1, WorkflowStudy.Password, "P1"));
        await Assert.ThrowsAsync<WorkflowForbiddenException>(() => study.Locks().LockAsync(study.Reviewer, WorkflowStudy.Password, "P1"));
        var wrong = await Assert.ThrowsAsync<SignatureRejectedException>(() => study.Locks().LockAsync(study.Coordinator, "Correct-Horse-8", "P1"));
        Assert.Contains("nothing was signed", wrong.Message, StringComparison.Ordinal);
        Assert.Empty(study.Locks().History(study.Coordinator, "P1"));

        await study.Locks().LockAsync(study.Coordinator, WorkflowStudy.Password, "P1");
        await Assert.ThrowsAsync<WorkflowStateException>(() => study.Locks().LockAsync(study.Coordinator, WorkflowStudy.Password, "P1"));
        await Assert.ThrowsAsync<WorkflowForbiddenException>(() => study.Locks().UnlockAsync(study.InvestigatorC1, WorkflowStudy.Password, "P1", "x"));
        Assert.Throws<WorkflowForbiddenException>(() => study.Locks().Current(study.InvestigatorC2, "P1"));
        Assert.Equal(["P1"], study.Locks().LockedInCenter(study.Statistician, "C1").Select(l => l.PatientId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_database_keeps_a_signature_and_refuses_to_delete_it_or_change_it_once_void(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        await study.Locks().LockAsync(study.Coordinator, WorkflowStudy.Password, "P1");
        Assert.ThrowsAny<Exception>(() => study.Store.Sql("DELETE FROM record_locks"));
        Assert.ThrowsAny<Exception>(() => study.Store.Sql("UPDATE record_locks SET signer = 'mallory'"));
        await study.Locks().UnlockAsync(study.Coordinator, WorkflowStudy.Password, "P1", "reopened for a late lab");
        Assert.ThrowsAny<Exception>(() => study.Store.Sql("UPDATE record_locks SET voided_by = 'mallory'"));
        await study.Locks().LockAsync(study.Coordinator, WorkflowStudy.Password, "P1");
        Assert.ThrowsAny<Exception>(() => study.Store.Sql(
            "INSERT INTO record_locks (patient_id, number, center_id, signer, signed_at_utc, meaning) " +
            "VALUES ('P1', 9, 'C1', 'mallory', '2026-11-25 20:00:00+00', 'locked for analysis')"));
        var history = study.Locks().History(study.Coordinator, "P1");
        Assert.Equal([true, false], history.Select(l => l.IsVoid));
        Assert.Equal("coordinator@lutetia.test", history[0].VoidedBy);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_edit_begun_before_the_lock_is_refused_when_saved_after_it(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        await using var web = study.Store.Open("investigator1@lutetia.test");
        var read = await web.Reads.SingleAsync(r => r.ReadId == "R3", TestContext.Current.CancellationToken);
        read.ExamDate = new DateOnly(2016, 9, 21);
        web.Reason = "date from the report";

        await using (var coordinator = study.Store.Open("coordinator@lutetia.test"))
            await study.Locks(coordinator).LockAsync(study.Coordinator, WorkflowStudy.Password, "P1");

        await Assert.ThrowsAsync<RecordLockedException>(() => web.SaveChangesAsync(TestContext.Current.CancellationToken));
        using var check = study.Store.Open();
        Assert.Equal(new DateOnly(2016, 9, 20), check.Reads.Single(r => r.ReadId == "R3").ExamDate);
        Assert.DoesNotContain(check.AuditEntries, e => e.Entity == "reads" && e.Action == AuditAction.Update);
        Assert.True(AuditTrail.Verify(check).IsIntact);
    }
}
