using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Locks;

/// <summary>The patients of a centre whose record is locked now, with their signatures, by patient. An investigator: their own centre only (the matrix's Locks, read).</summary>
public sealed class CenterLocks(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<RecordLock>>> RunAsync(Account actor, string centerId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Locks, CrfAccess.Read, "see the locks", centerId) is { } forbidden)
            return forbidden;
        var rows = await db.Set<RecordLockRow>().AsNoTracking().Where(l => l.CenterId == centerId && l.VoidedAtUtc == null).OrderBy(l => l.PatientId)
            .ToListAsync(cancellation).ConfigureAwait(false);
        return rows.Select(RecordLock.Of).ToList();
    }
}
