using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Locks;

/// <summary>Every signature a patient's record ever had, voided ones included, oldest first. Every role that sees the patient's centre (the matrix's Locks, read).</summary>
public sealed class LockHistory(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<RecordLock>>> RunAsync(Account actor, string patientId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await StoredPatients.CentreOfAsync(db, patientId, cancellation).ConfigureAwait(false) is not { } centre)
            return StoredPatients.Missing(patientId);
        if (Permissions.Check(actor, CrfSection.Locks, CrfAccess.Read, "see the locks", centre) is { } forbidden)
            return forbidden;
        var rows = await db.Set<RecordLockRow>().AsNoTracking().Where(l => l.PatientId == patientId).OrderBy(l => l.Number)
            .ToListAsync(cancellation).ConfigureAwait(false);
        return rows.Select(RecordLock.Of).ToList();
    }
}
