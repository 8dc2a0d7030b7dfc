using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Export;

/// <summary>
/// The centre an export holds, decided on the server: what was asked (null: the whole cohort), but
/// always an investigator's own centre whatever the request says; another centre asked by an
/// investigator, or a centre the database does not hold, is not found (the message lists the centres).
/// </summary>
internal static class ExportReach
{
    public static async Task<Result<string?>> CenterAsync(LutetiaDbContext db, Account actor, string? asked, CancellationToken cancellation)
    {
        var center = asked;
        if (actor.Role == LutetiaRole.Investigator)
        {
            if (center is not null && !actor.SeesCenter(center))
                return Refusal.NotFound($"{actor.UserName} exports centre {actor.CenterId} only, not centre {center}");
            center = actor.CenterId;
        }
        if (center is null || await db.Centers.AnyAsync(c => c.CenterId == center, cancellation).ConfigureAwait(false))
            return Result<string?>.Success(center);
        var centers = await db.Centers.AsNoTracking().OrderBy(c => c.Sequence).Select(c => c.CenterId).ToListAsync(cancellation).ConfigureAwait(false);
        return Refusal.NotFound($"there is no centre \"{center}\" in the database; the centres are {string.Join(", ", centers)}");
    }
}
