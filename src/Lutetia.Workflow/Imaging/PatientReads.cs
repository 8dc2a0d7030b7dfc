using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Patients;
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
        var blinding = await PatientCentre.ReadsAsync(db, actor, patientId, CrfSection.Imaging, "see the reads", cancellation).ConfigureAwait(false);
        if (blinding.Refusal is { } refused)
            return refused;
        var reads = await db.Reads.AsNoTracking().Where(r => r.PatientId == patientId).OrderBy(r => r.ExamDate).ThenBy(r => r.Sequence)
            .ToListAsync(cancellation).ConfigureAwait(false);
        return reads.Where(r => !blinding.Value.Hides(r)).ToList();
    }
}
