using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// The centre a patient has in the database — never one a request names — and the checks every use
/// case of a patient starts with: a patient the account does not see is not found (an investigator
/// does not learn that another centre's pseudonym exists).
/// </summary>
internal static class PatientCentre
{
    /// <summary>The patient's stored centre, or the refusal when there is no such patient or the account does not see its centre.</summary>
    public static async Task<Result<string>> OfAsync(LutetiaDbContext db, Account actor, string patientId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var center = await db.Patients.AsNoTracking().Where(p => p.PatientId == patientId).Select(p => p.CenterId)
            .FirstOrDefaultAsync(cancellation).ConfigureAwait(false);
        if (center is null || !Permissions.Reaches(actor, center))
            return Refusal.NotFound($"there is no patient {patientId} you may see");
        return center;
    }

    /// <summary>
    /// For a section that shows the patient's reads: the centre and what the account may see of the
    /// reads, once the matrix lets it read the section there and unless it is a reviewer while the
    /// patient has an exam waiting for its central read.
    /// </summary>
    public static async Task<Result<ReadBlinding>> ReadsAsync(LutetiaDbContext db, Account actor, string patientId, CrfSection section, string what,
        CancellationToken cancellation)
    {
        var center = await OfAsync(db, actor, patientId, cancellation).ConfigureAwait(false);
        if (center.Refusal is { } notFound)
            return notFound;
        if (Permissions.Check(actor, section, CrfAccess.Read, what, center.Value) is { } refused)
            return refused;
        var blinding = await ReadBlinding.ForAsync(db, actor, center.Value, cancellation).ConfigureAwait(false);
        if (blinding.Refuses(section, patientId))
            return Refusal.Forbidden($"patient {patientId} has an exam waiting for its central read: its reads are hidden from a reviewer until then");
        return blinding;
    }
}
