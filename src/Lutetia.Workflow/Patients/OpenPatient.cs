using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// A patient for the pages of one section: the stored row and whether the account may change the
/// section. Who may: whoever the matrix lets read the section, on the patient's centre; a patient
/// of a centre the account does not see is not found.
/// </summary>
public sealed class OpenPatient(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<PatientView>> RunAsync(Account actor, string patientId, CrfSection section, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.PatientId == patientId, cancellation).ConfigureAwait(false);
        if (patient is null || !Permissions.Reaches(actor, patient.CenterId))
            return Refusal.NotFound($"there is no patient {patientId} you may see");
        if (Permissions.Check(actor, section, CrfAccess.Read, $"see this part of patient {patientId}'s record", patient.CenterId) is { } refused)
            return refused;
        return new PatientView(patient, Permissions.Allows(actor, section, CrfAccess.Write, patient.CenterId));
    }
}
