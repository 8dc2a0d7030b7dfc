using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Locks;

/// <summary>
/// A coordinator (the matrix's Locks, write) unlocks a patient's record by re-entering the password
/// and saying why: the signature is voided — kept, marked void with who, when and why — and the
/// centre may change the data again.
/// </summary>
public sealed class UnlockRecord(LutetiaDbContext db, UserManager<LutetiaUser> users, StudyClock clock) : IUseCase
{
    /// <summary>Voids the signature in force; the voided signature.</summary>
    public async Task<Result<RecordLock>> RunAsync(Account actor, string? password, string patientId, string? reason, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Locks, CrfAccess.Write, "unlock a record") is { } forbidden)
            return forbidden;
        if (string.IsNullOrWhiteSpace(reason))
        {
            const string why = "unlocking a record needs a reason (it is kept with the voided signature)";
            return Refusal.Invalid(why, new FieldProblem("reason", why));
        }
        if (await StoredPatients.CentreOfAsync(db, patientId, cancellation).ConfigureAwait(false) is null)
            return StoredPatients.Missing(patientId);
        if (await Signature.CheckAsync(users, actor, password, "unlock").ConfigureAwait(false) is { } rejected)
            return rejected;
        var row = await db.Set<RecordLockRow>().SingleOrDefaultAsync(l => l.PatientId == patientId && l.VoidedAtUtc == null, cancellation).ConfigureAwait(false);
        if (row is null)
            return Refusal.Conflict($"patient {patientId}'s record is not locked; nothing was signed");
        row.VoidedBy = actor.UserName;
        row.VoidedAtUtc = clock.UtcNow;
        row.VoidReason = reason.Trim();
        try
        {
            var saved = await AuditedSave.SaveAsync(db, actor, StoredText.Shorten($"record {patientId} unlocked: {row.VoidReason}"), cancellation)
                .ConfigureAwait(false);
            return saved.Refusal is { } refused ? refused : RecordLock.Of(row);
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
