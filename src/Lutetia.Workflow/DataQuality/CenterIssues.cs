using Lutetia.Intake;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.DataQuality;

/// <summary>
/// Data quality (docs/workflow.md): every open issue of a centre's patients, errors first, in table order —
/// the list a data manager works through. Every save writes the issues of the patients it touched
/// (<see cref="DataQualityObserver"/>); this reads them. Anyone who sees the centre may read it.
/// </summary>
public sealed class CenterIssues(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<DataQualityIssue>>> RunAsync(Account actor, string centerId, CancellationToken cancellation)
    {
        if (Permissions.Check(actor, CrfSection.Quality, CrfAccess.Read, "see the data-quality issues", centerId) is { } refused)
            return refused;
        return Result<IReadOnlyList<DataQualityIssue>>.Success(
            await Read(db.Set<DataQualityIssueRow>().Where(i => i.CenterId == centerId), cancellation).ConfigureAwait(false));
    }

    /// <summary>The issues of some rows, errors first, then in the order they were found.</summary>
    internal static async Task<IReadOnlyList<DataQualityIssue>> Read(IQueryable<DataQualityIssueRow> rows, CancellationToken cancellation)
    {
        var found = await rows.AsNoTracking().OrderBy(i => i.Severity == Severity.Error ? 0 : 1).ThenBy(i => i.Id)
            .ToListAsync(cancellation).ConfigureAwait(false);
        return found.ConvertAll(i => new DataQualityIssue(i.CenterId, i.PatientId, i.TableName, i.RecordKey, i.Field, i.Value, i.Rule, i.Message, i.Hint, i.Severity));
    }
}
