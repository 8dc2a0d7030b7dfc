using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Locks;

/// <summary>The signature in force on a patient's record, or null when it is not locked. Every role that sees the patient's centre (the matrix's Locks, read).</summary>
public sealed class CurrentLock(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<RecordLock?>> RunAsync(Account actor, string patientId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await StoredPatients.CentreOfAsync(db, patientId, cancellation).ConfigureAwait(false) is not { } centre)
            return StoredPatients.Missing(patientId);
        if (Permissions.Check(actor, CrfSection.Locks, CrfAccess.Read, "see the locks", centre) is { } forbidden)
            return forbidden;
        return await RecordLocks.InForceAsync(db, patientId, cancellation).ConfigureAwait(false) is { } row ? RecordLock.Of(row) : null;
    }
}
