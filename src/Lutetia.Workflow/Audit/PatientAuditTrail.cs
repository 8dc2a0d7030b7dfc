using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Audit;

/// <summary>
/// One patient's audit trail, oldest first, without the entries of the reads hidden from the
/// account and their measurements (<see cref="ReadBlinding"/>): for the audit page and its CSV.
/// Who may: whoever the matrix lets read the audit trail, on the patient's centre.
/// </summary>
public sealed class PatientAuditTrail(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<AuditEntry>>> RunAsync(Account actor, string patientId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var center = await db.Patients.AsNoTracking().Where(p => p.PatientId == patientId).Select(p => p.CenterId)
            .FirstOrDefaultAsync(cancellation).ConfigureAwait(false);
        if (center is null || !Permissions.Reaches(actor, center))
            return Refusal.NotFound($"there is no patient {patientId} you may see");
        if (Permissions.Check(actor, CrfSection.Audit, CrfAccess.Read, "see the audit trail", center) is { } refused)
            return refused;
        var blinding = await ReadBlinding.ForAsync(db, actor, center, cancellation).ConfigureAwait(false);
        if (blinding.Refuses(CrfSection.Audit, patientId))
            return Refusal.Forbidden($"patient {patientId} has an exam waiting for its central read: its reads are hidden from a reviewer until then");
        return Result<IReadOnlyList<AuditEntry>>.Success(blinding.Visible(AuditTrail.ForPatient(db, patientId)));
    }
}
