using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Access;

/// <summary>
/// The centres the account sees, in the study's order: every centre for the coordinator, reviewer and
/// statistician, their own for an investigator — what the pages offer to choose from (data quality,
/// exports). Anyone signed in may read it.
/// </summary>
public sealed class CentersInReach(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<string>>> RunAsync(Account actor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var centers = await db.Centers.AsNoTracking().OrderBy(c => c.Sequence).Select(c => c.CenterId).ToListAsync(cancellation).ConfigureAwait(false);
        return Result<IReadOnlyList<string>>.Success(centers.Where(actor.SeesCenter).ToList());
    }
}
