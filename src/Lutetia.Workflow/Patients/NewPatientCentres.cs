using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// The centres a new patient may be entered in by the account, in the study's order: every centre
/// for a coordinator, their own for an investigator. Who may: whoever the matrix lets write patients.
/// </summary>
public sealed class NewPatientCentres(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<string>>> RunAsync(Account actor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Patients, CrfAccess.Write, "create a patient") is { } refused)
            return refused;
        var centers = await db.Centers.AsNoTracking().OrderBy(c => c.Sequence).Select(c => c.CenterId).ToListAsync(cancellation).ConfigureAwait(false);
        return centers.Where(c => Permissions.Reaches(actor, c)).ToList();
    }
}
