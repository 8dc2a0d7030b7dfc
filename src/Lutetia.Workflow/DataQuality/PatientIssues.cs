using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.DataQuality;

/// <summary>The open data-quality issues of one patient's data, for whoever sees the patient's centre.</summary>
public sealed class PatientIssues(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<DataQualityIssue>>> RunAsync(Account actor, string patientId, CancellationToken cancellation)
    {
        var center = await db.Patients.AsNoTracking().Where(p => p.PatientId == patientId).Select(p => p.CenterId)
            .SingleOrDefaultAsync(cancellation).ConfigureAwait(false);
        if (center is null)
            return Refusal.NotFound($"there is no patient \"{patientId}\"");
        if (Permissions.Check(actor, CrfSection.Quality, CrfAccess.Read, "see the data-quality issues", center) is { } refused)
            return refused;
        return Result<IReadOnlyList<DataQualityIssue>>.Success(
            await CenterIssues.Read(db.Set<DataQualityIssueRow>().Where(i => i.PatientId == patientId), cancellation).ConfigureAwait(false));
    }
}
