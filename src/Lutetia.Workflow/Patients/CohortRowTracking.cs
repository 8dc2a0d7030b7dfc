using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// A save of rows leaves none of them tracked, saved or refused: the next use case on the same
/// context (another attempt after a refusal) reads the stored rows afresh, not the copies this
/// one changed.
/// </summary>
internal static class CohortRowTracking
{
    public static void Forget(LutetiaDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<CohortRow>().ToList())
            entry.State = EntityState.Detached;
    }
}
