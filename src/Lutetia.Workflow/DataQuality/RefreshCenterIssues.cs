using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.DataQuality;

/// <summary>
/// Recomputes the issue list of every patient of a centre — the coordinator's action, for data saved
/// before this version or after the rules changed — in one transaction, judged against the study's
/// date; answers the number of open issues the centre has now.
/// </summary>
public sealed class RefreshCenterIssues(LutetiaDbContext db, StudyClock clock) : IUseCase
{
    public async Task<Result<int>> RunAsync(Account actor, string centerId, CancellationToken cancellation)
    {
        if (Permissions.Check(actor, CrfSection.Quality, CrfAccess.Write, "recompute the data-quality issues") is { } refused)
            return refused;
        var patients = await db.Patients.Where(p => p.CenterId == centerId).Select(p => p.PatientId).ToListAsync(cancellation).ConfigureAwait(false);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellation).ConfigureAwait(false))
        {
            await IssueRefresh.RunAsync(db, patients, clock.UtcNow, clock.Today, async: true, cancellation).ConfigureAwait(false);
            await transaction.CommitAsync(cancellation).ConfigureAwait(false);
        }
        return await db.Set<DataQualityIssueRow>().CountAsync(i => i.CenterId == centerId, cancellation).ConfigureAwait(false);
    }
}
