using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Audit;

/// <summary>
/// Writes the audit trail — or one patient's history, deleted rows included — as CSV with the hashes
/// (<see cref="AuditCsv"/>: a temporary file renamed when complete) and answers the number of entries.
/// A patient neither in the database nor in the trail is not found. Who may: <see cref="WholeTrail"/>
/// (the command line's export; a patient's page has its own download).
/// </summary>
public sealed class ExportAuditTrail(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<int>> RunAsync(Account actor, string? patientId, string outputPath, CancellationToken cancellation)
    {
        if (WholeTrail.Check(actor, "export the audit trail") is { } refused)
            return refused;
        if (patientId is null)
            return AuditCsv.Write(AuditTrail.All(db), outputPath);
        if (!await db.Patients.AnyAsync(p => p.PatientId == patientId, cancellation).ConfigureAwait(false)
            && !await db.AuditEntries.AnyAsync(e => e.PatientId == patientId, cancellation).ConfigureAwait(false))
            return Refusal.NotFound($"there is no patient \"{patientId}\" in the database nor in its audit trail");
        return AuditCsv.Write(AuditTrail.ForPatient(db, patientId), outputPath);
    }
}
