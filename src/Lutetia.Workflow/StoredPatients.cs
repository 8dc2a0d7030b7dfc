using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow;

/// <summary>The one question many use cases ask first: whose centre a patient is, or that there is no such patient.</summary>
internal static class StoredPatients
{
    /// <summary>The patient's centre, or null when there is no patient <paramref name="patientId"/>.</summary>
    public static Task<string?> CentreOfAsync(LutetiaDbContext db, string patientId, CancellationToken cancellation) =>
        db.Patients.AsNoTracking().Where(p => p.PatientId == patientId).Select(p => (string?)p.CenterId).SingleOrDefaultAsync(cancellation);

    /// <summary>The refusal for a patient that does not exist.</summary>
    public static Refusal Missing(string patientId) => Refusal.NotFound($"there is no patient \"{patientId}\"");
}
