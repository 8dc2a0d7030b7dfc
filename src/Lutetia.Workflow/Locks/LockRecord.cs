using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Queries;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Locks;

/// <summary>
/// Record locking (docs/workflow.md, Record locks): a coordinator (the matrix's Locks, write) locks a patient's record for
/// analysis by re-entering the password — an electronic signature: signer, UTC time, meaning. While
/// it is in force, the database's <see cref="RecordLockInterceptor"/> refuses every save that
/// touches the patient's rows; <see cref="UnlockRecord"/> voids it.
/// </summary>
public sealed class LockRecord(LutetiaDbContext db, UserManager<LutetiaUser> users, StudyClock clock) : IUseCase
{
    /// <summary>Locks the patient's record; <paramref name="password"/> is the coordinator's own, re-entered to sign.</summary>
    public async Task<Result<RecordLock>> RunAsync(Account actor, string? password, string patientId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Locks, CrfAccess.Write, "lock a record") is { } forbidden)
            return forbidden;
        if (await StoredPatients.CentreOfAsync(db, patientId, cancellation).ConfigureAwait(false) is not { } centre)
            return StoredPatients.Missing(patientId);
        if (await Signature.CheckAsync(users, actor, password, "lock").ConfigureAwait(false) is { } rejected)
            return rejected;
        if (await OpenQueriesAsync(patientId, cancellation).ConfigureAwait(false) is { } open)
            return open;
        if (await RecordLocks.InForceAsync(db, patientId, cancellation).ConfigureAwait(false) is { } current)
            return Refusal.Conflict(
                $"patient {patientId}'s record is already locked, by {current.Signer} at {RecordLocks.Time(current.SignedAtUtc)}; nothing was signed");
        var last = await db.Set<RecordLockRow>().Where(l => l.PatientId == patientId).MaxAsync(l => (int?)l.Number, cancellation).ConfigureAwait(false);
        var row = new RecordLockRow
        {
            PatientId = patientId,
            Number = 1 + (last ?? 0),
            CenterId = centre,
            Signer = actor.UserName,
            SignedAtUtc = clock.UtcNow,
            Meaning = RecordLockRow.LockedForAnalysis,
        };
        var saved = await AuditedInsert.SaveAsync(db, actor, $"record {patientId} {RecordLockRow.LockedForAnalysis}", [row], cancellation).ConfigureAwait(false);
        if (saved.Refusal is { KeyTaken: true })
            return Refusal.Conflict($"patient {patientId}'s record was locked by someone else a moment ago; reload it; nothing was signed");
        if (saved.Refusal is { } refused)
            return refused;
        return RecordLock.Of(row);
    }

    /// <summary>
    /// The refusal when a query on the record is not closed: once locked, the centre could no longer
    /// correct the value the query is about, so the coordinator closes the queries (or has the
    /// centre answer them, then closes them) before signing.
    /// </summary>
    private async Task<Refusal?> OpenQueriesAsync(string patientId, CancellationToken cancellation)
    {
        var open = (await StoredQueries.LoadAsync(db, db.Set<FieldQueryRow>().Where(q => q.PatientId == patientId), cancellation).ConfigureAwait(false))
            .Where(q => q.Status != QueryStatus.Closed).Select(q => $"{q.Label} ({QueryWords.Word(q.Status)})").ToList();
        return open.Count == 0
            ? null
            : Refusal.Conflict(
                $"patient {patientId}'s record has {open.Count} {(open.Count == 1 ? "query" : "queries")} not closed: {string.Join(", ", open)}. " +
                "Close them on the patient's queries page (the centre may answer first) and lock again; nothing was signed");
    }
}
