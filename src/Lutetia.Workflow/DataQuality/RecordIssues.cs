using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.DataQuality;

/// <summary>
/// The record's state after a save (docs/workflow.md, "Edit checks at save"): every open issue of
/// one patient — the whole rule set's verdict on the patient's rows as the last save left them —
/// each placed on the form, row and field that show it, without the issues of reads the account may
/// not see (<see cref="ReadBlinding"/>). Errors first. For whoever may read the centre's data quality.
/// </summary>
public sealed class RecordIssues(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<PlacedIssue>>> RunAsync(Account actor, string patientId, CancellationToken cancellation)
    {
        var center = await db.Patients.AsNoTracking().Where(p => p.PatientId == patientId).Select(p => p.CenterId)
            .SingleOrDefaultAsync(cancellation).ConfigureAwait(false);
        if (center is null)
            return Refusal.NotFound($"there is no patient \"{patientId}\"");
        if (Permissions.Check(actor, CrfSection.Quality, CrfAccess.Read, "see the data-quality issues", center) is { } refused)
            return refused;
        var issues = await CenterIssues.Read(db.Set<DataQualityIssueRow>().Where(i => i.PatientId == patientId), cancellation).ConfigureAwait(false);
        if (issues.Count == 0)
            return Result<IReadOnlyList<PlacedIssue>>.Success([]);
        var blinding = await ReadBlinding.ForAsync(db, actor, center, cancellation).ConfigureAwait(false);
        var places = await IssuePlaces.LoadAsync(db, patientId, cancellation).ConfigureAwait(false);
        return Result<IReadOnlyList<PlacedIssue>>.Success([.. blinding.Visible(issues).Select(places.Place)]);
    }
}
