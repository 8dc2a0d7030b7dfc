using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lutetia.Storage;

/// <summary>
/// Calls the context's <see cref="ISavedDataObserver"/> on every save: once the rows are written and
/// before the audit interceptor appends to the chain and commits (it is registered before it, so its
/// <c>SavedChanges</c> comes first: for a save of patients' rows, before the chain head is locked,
/// under the patients' locks), with every patient the save touched — the patients its audit entries name. The observer
/// works in the same transaction: a save and what the observer derives commit or roll back together;
/// if the observer fails, the save is rolled back and the error reported. A context without an
/// observer (a tool that only reads, a test of the storage layer) saves without one.
/// </summary>
public sealed class SavedDataInterceptor : SaveChangesInterceptor
{
    /// <summary>Stateless: one instance serves every context (the touched patients are the audit's pending entries).</summary>
    public static readonly SavedDataInterceptor Instance = new();

    private SavedDataInterceptor()
    {
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        NotifyAsync(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await NotifyAsync(eventData.Context, async: true, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static async Task NotifyAsync(DbContext? context, bool async, CancellationToken cancellationToken)
    {
        if (context is not LutetiaDbContext { Pending: { } pending, SavedDataObserver: { } observer } db)
            return;
        var patients = pending.Entries.Where(e => e.PatientId is not null && e.Entity != "data_quality_issues")
            .Select(e => e.PatientId!).Distinct(StringComparer.Ordinal).ToList();
        if (patients.Count == 0)
            return;
        try
        {
            await observer.PatientsSavedAsync(db, patients, pending.StartedAtUtc, async, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            AuditInterceptor.Undo(db);
            throw;
        }
    }
}
