using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Centres;

/// <summary>The participating centres in the study's order, each with its number of patients: the coordinator's (Administration, read).</summary>
public sealed class ListCentres(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<CenterSummary>>> RunAsync(Account actor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Administration, CrfAccess.Read, "see the centres") is { } forbidden)
            return forbidden;
        var counts = await db.Patients.AsNoTracking().GroupBy(p => p.CenterId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellation).ConfigureAwait(false);
        var centres = await db.Centers.AsNoTracking().OrderBy(c => c.Sequence).Select(c => new { c.CenterId, c.Name })
            .ToListAsync(cancellation).ConfigureAwait(false);
        IReadOnlyList<CenterSummary> rows = [.. centres.Select(c => new CenterSummary(c.CenterId, c.Name, counts.GetValueOrDefault(c.CenterId)))];
        return Result<IReadOnlyList<CenterSummary>>.Success(rows);
    }
}
