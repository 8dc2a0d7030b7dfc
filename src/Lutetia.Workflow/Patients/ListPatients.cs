using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// The patients the account sees, by centre then as entered, with their numbers of cycles and reads.
/// Who may: whoever the matrix lets read the patients; an investigator gets their own centre's only.
/// </summary>
public sealed class ListPatients(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<PatientSummary>>> RunAsync(Account actor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Patients, CrfAccess.Read, "see the patients") is { } refused)
            return refused;
        var patients = db.Patients.AsNoTracking();
        if (Permissions.ReachOf(actor.Role, CrfSection.Patients, CrfAccess.Read) == Reach.OwnCenter)
            patients = patients.Where(p => p.CenterId == actor.CenterId);
        var list = await patients.OrderBy(p => p.CenterId).ThenBy(p => p.Sequence).ToListAsync(cancellation).ConfigureAwait(false);
        var ids = list.Select(p => p.PatientId).ToList();
        var cycles = await db.PrrtCycles.Where(c => ids.Contains(c.PatientId)).GroupBy(c => c.PatientId)
            .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, cancellation).ConfigureAwait(false);
        var reads = await db.Reads.Where(c => ids.Contains(c.PatientId)).GroupBy(c => c.PatientId)
            .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, cancellation).ConfigureAwait(false);
        return list.Select(p => new PatientSummary(p, cycles.GetValueOrDefault(p.PatientId), reads.GetValueOrDefault(p.PatientId))).ToList();
    }
}
