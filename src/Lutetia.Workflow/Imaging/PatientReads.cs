using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Imaging;

/// <summary>
/// The patient's reads the account may see (<see cref="ReadBlinding"/>), by exam date. Who may:
/// whoever the matrix lets read imaging, on the patient's centre; a reviewer is refused the reads
/// of a patient with an exam waiting for its central read.
/// </summary>
public sealed class PatientReads(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<ReadRow>>> RunAsync(Account actor, string patientId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var center = await db.Patients.AsNoTracking().Where(p => p.PatientId == patientId).Select(p => p.CenterId)
            .FirstOrDefaultAsync(cancellation).ConfigureAwait(false);
        if (center is null || !Permissions.Reaches(actor, center))
            return Refusal.NotFound($"there is no patient {patientId} you may see");
        if (Permissions.Check(actor, CrfSection.Imaging, CrfAccess.Read, "see the reads", center) is { } refused)
            return refused;
        var blinding = await ReadBlinding.ForAsync(db, actor, center, cancellation).ConfigureAwait(false);
        if (blinding.Refuses(CrfSection.Imaging, patientId))
            return Refusal.Forbidden($"patient {patientId} has an exam waiting for its central read: its reads are hidden from a reviewer until then");
        var reads = await db.Reads.AsNoTracking().Where(r => r.PatientId == patientId).OrderBy(r => r.ExamDate).ThenBy(r => r.Sequence)
            .ToListAsync(cancellation).ConfigureAwait(false);
        return reads.Where(r => !blinding.Hides(r)).ToList();
    }
}
