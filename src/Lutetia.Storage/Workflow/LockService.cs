using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Workflow;

/// <summary>
/// Record locking (issue 8): a coordinator locks a patient's record for analysis by re-entering
/// the password — an electronic signature (signer, UTC time, meaning) — and unlocks it the same
/// way, which voids the signature (kept, marked void, with who, when and why). While a signature is
/// in force, <see cref="RecordLockInterceptor"/> refuses every save that touches the patient's rows.
/// </summary>
public sealed class LockService(LutetiaDbContext db, UserManager<LutetiaUser> users, TimeProvider clock)
{
    /// <summary>Locks the patient's record; <paramref name="password"/> is the coordinator's own, re-entered to sign.</summary>
    public async Task<RecordLock> LockAsync(LutetiaUser user, string password, string patientId)
    {
        WorkflowAccess.Require(user, "lock a record", LutetiaRole.Coordinator);
        var patient = Patient(patientId);
        await Sign(user, password, "lock").ConfigureAwait(false);
        if (InForce(patientId) is { } current)
            throw new WorkflowStateException($"patient {patientId}'s record is already locked, by {current.Signer} at {Time(current.SignedAtUtc)}; nothing was signed");
        var row = new RecordLockRow
        {
            PatientId = patientId, Number = 1 + (db.Set<RecordLockRow>().Where(l => l.PatientId == patientId).Max(l => (int?)l.Number) ?? 0),
            CenterId = patient.CenterId, Signer = WorkflowAccess.Name(user), SignedAtUtc = WorkflowSave.Now(clock),
            Meaning = RecordLockRow.LockedForAnalysis,
        };
        if (!WorkflowSave.TrySave(db, user, $"record {patientId} {RecordLockRow.LockedForAnalysis}", row))
            throw new WorkflowStateException($"patient {patientId}'s record was locked by someone else a moment ago; reload it; nothing was signed");
        return RecordLock.Of(row);
    }

    /// <summary>Unlocks the patient's record, voiding its signature; the coordinator re-enters the password and says why.</summary>
    public async Task<RecordLock> UnlockAsync(LutetiaUser user, string password, string patientId, string reason)
    {
        WorkflowAccess.Require(user, "unlock a record", LutetiaRole.Coordinator);
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("unlocking a record needs a reason (it is kept with the voided signature)", nameof(reason));
        Patient(patientId);
        await Sign(user, password, "unlock").ConfigureAwait(false);
        var row = db.Set<RecordLockRow>().SingleOrDefault(l => l.PatientId == patientId && l.VoidedAtUtc == null)
            ?? throw new WorkflowStateException($"patient {patientId}'s record is not locked; nothing was signed");
        row.VoidedBy = WorkflowAccess.Name(user);
        row.VoidedAtUtc = WorkflowSave.Now(clock);
        row.VoidReason = reason.Trim();
        try
        {
            WorkflowSave.TrySave(db, user, StoredText.Shorten($"record {patientId} unlocked: {row.VoidReason}"));
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
        return RecordLock.Of(row);
    }

    /// <summary>The signature in force on the patient's record, or null when it is not locked. Every role that sees the patient may ask.</summary>
    public RecordLock? Current(LutetiaUser user, string patientId)
    {
        WorkflowAccess.RequireCenter(user, Patient(patientId).CenterId, "see the locks");
        return InForce(patientId) is { } row ? RecordLock.Of(row) : null;
    }

    /// <summary>Every signature the patient's record ever had, voided ones included, oldest first.</summary>
    public IReadOnlyList<RecordLock> History(LutetiaUser user, string patientId)
    {
        WorkflowAccess.RequireCenter(user, Patient(patientId).CenterId, "see the locks");
        return db.Set<RecordLockRow>().AsNoTracking().Where(l => l.PatientId == patientId).OrderBy(l => l.Number)
            .AsEnumerable().Select(RecordLock.Of).ToList();
    }

    /// <summary>The patients of a centre whose record is locked now, with their signatures.</summary>
    public IReadOnlyList<RecordLock> LockedInCenter(LutetiaUser user, string centerId)
    {
        WorkflowAccess.RequireCenter(user, centerId, "see the locks");
        return db.Set<RecordLockRow>().AsNoTracking().Where(l => l.CenterId == centerId && l.VoidedAtUtc == null)
            .OrderBy(l => l.PatientId).AsEnumerable().Select(RecordLock.Of).ToList();
    }

    /// <summary>
    /// The electronic signature: the password re-entered must be the account's (Identity's hash check).
    /// A wrong one counts like a wrong password at sign-in (issue 11, item 6): Identity's lockout
    /// applies, and a locked account cannot sign until the lockout ends; a right one clears the count.
    /// An empty one is a form not filled in, not a guess: it does not count.
    /// </summary>
    private async Task Sign(LutetiaUser user, string password, string what)
    {
        var name = WorkflowAccess.Name(user);
        var account = await users.FindByIdAsync(user.Id).ConfigureAwait(false)
            ?? throw new SignatureRejectedException($"the account {name} no longer exists: nothing was signed");
        if (await users.IsLockedOutAsync(account).ConfigureAwait(false))
            throw new SignatureRejectedException(
                $"{name}'s account is locked after too many wrong passwords (at sign-in or when signing) until " +
                $"{Time((await users.GetLockoutEndDateAsync(account).ConfigureAwait(false))!.Value.UtcDateTime)}: nothing was signed; wait, or ask another coordinator");
        if (string.IsNullOrEmpty(password))
            throw new SignatureRejectedException($"to sign the {what}, enter your password ({name}'s); nothing was signed");
        if (!await users.CheckPasswordAsync(account, password).ConfigureAwait(false))
        {
            await users.AccessFailedAsync(account).ConfigureAwait(false);
            throw new SignatureRejectedException(
                $"the password given to sign the {what} is not {name}'s: re-enter your own password to sign; nothing was signed " +
                $"(wrong passwords count like wrong sign-ins: {users.Options.Lockout.MaxFailedAccessAttempts} in a row lock the account for " +
                $"{users.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes.ToString(CultureInfo.InvariantCulture)} minutes)");
        }
        await users.ResetAccessFailedCountAsync(account).ConfigureAwait(false);
    }

    private RecordLockRow? InForce(string patientId) =>
        db.Set<RecordLockRow>().AsNoTracking().SingleOrDefault(l => l.PatientId == patientId && l.VoidedAtUtc == null);

    private PatientRow Patient(string patientId) => CohortRecords.Patient(db, patientId);

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
