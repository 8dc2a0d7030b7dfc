using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Centres;

/// <summary>
/// The identifiers of the centres an account reaches, in the study's order: every centre, or an
/// investigator's own. What the pages listing per-centre work (queries, data quality…) offer to choose from.
/// Every signed-in account may ask: it only learns the centres it reaches.
/// </summary>
public sealed class VisibleCentres(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<string>>> RunAsync(Account actor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var centres = await db.Centers.AsNoTracking().OrderBy(c => c.Sequence).Select(c => c.CenterId).ToListAsync(cancellation).ConfigureAwait(false);
        return centres.Where(actor.SeesCenter).ToList();
    }
}
