using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Patients;

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
        var blinding = await PatientCentre.ReadsAsync(db, actor, patientId, CrfSection.Audit, "see the audit trail", cancellation).ConfigureAwait(false);
        if (blinding.Refusal is { } refused)
            return refused;
        return Result<IReadOnlyList<AuditEntry>>.Success(blinding.Value.Visible(AuditTrail.ForPatient(db, patientId)));
    }
}
