using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lutetia.Storage.Workflow;

/// <summary>
/// Runs the data-quality rules on every save: once the rows are written and before the audit
/// interceptor commits (it is registered before it, so its <c>SavedChanges</c> comes first), the
/// issues of every patient the save touched — the patients its audit entries name — are
/// recomputed and replaced in the same transaction. A save and its issue list commit or roll back
/// together; if the refresh itself fails, the save is rolled back and the error reported.
/// </summary>
public sealed class DataQualityInterceptor : SaveChangesInterceptor
{
    /// <summary>Stateless: one instance serves every context (the touched patients are the audit's pending entries).</summary>
    public static readonly DataQualityInterceptor Instance = new();

    private DataQualityInterceptor()
    {
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        RefreshAsync(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await RefreshAsync(eventData.Context, async: true, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static async Task RefreshAsync(DbContext? context, bool async, CancellationToken cancellationToken)
    {
        if (context is not LutetiaDbContext { Pending: { } pending } db)
            return;
        var patients = pending.Entries.Where(e => e.PatientId is not null && e.Entity != "data_quality_issues")
            .Select(e => e.PatientId!).Distinct(StringComparer.Ordinal).ToList();
        if (patients.Count == 0)
            return;
        try
        {
            await DataQualityRefresh.RunAsync(db, patients, pending.Entries[0].AtUtc, async, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            AuditInterceptor.Undo(db);
            throw;
        }
    }
}
