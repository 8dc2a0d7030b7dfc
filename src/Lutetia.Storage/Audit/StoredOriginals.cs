using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lutetia.Storage;

/// <summary>
/// The server never takes an original value from its caller: inside the save's
/// transaction, under the save's locks (docs/storage.md, The order of a save: the patients' locks,
/// or the chain head for a row no patient lock covers), every updated or deleted row is read again from the
/// database, and what it holds becomes the entry's original values — the audit's old values, the
/// delete's whole row, and the test of which fields really change. A caller that set an original
/// value (a form's hidden field, a forged <c>OriginalValue</c>) cannot hide a change, nor record a
/// change that never happened: a field whose stored value differs from the new one is an update,
/// and a field whose new value is the stored one is no change. The concurrency tokens (a cohort
/// row's version, an account's stamp) are the one thing the caller's originals still say: what the
/// row was loaded with. When the database holds another token, or no row, someone saved or deleted
/// it meanwhile: the save is refused (<see cref="ConcurrencyConflictException"/>), explained from
/// the caller's originals — what the editor started from — before anything is replaced.
/// </summary>
internal static class StoredOriginals
{
    public static async Task ApplyAsync(LutetiaDbContext db, List<EntityEntry> entries, bool async, CancellationToken cancellationToken)
    {
        var stored = new List<(EntityEntry Entry, PropertyValues Values)>();
        List<EntityEntry>? lost = null;
        foreach (var entry in entries)
        {
            if (entry.State is not (EntityState.Modified or EntityState.Deleted))
                continue;
            var values = async ? await entry.GetDatabaseValuesAsync(cancellationToken).ConfigureAwait(false) : entry.GetDatabaseValues();
            if (values is null || !SameTokens(entry, values))
                (lost ??= []).Add(entry);
            else
                stored.Add((entry, values));
        }
        if (lost is not null)
            throw ConcurrencyConflicts.Explain(db, lost);
        foreach (var (entry, values) in stored)
        {
            if (entry.State == EntityState.Deleted)
                entry.OriginalValues.SetValues(values);
            else
                Reconcile(entry, values);
        }
    }

    private static bool SameTokens(EntityEntry entry, PropertyValues stored)
    {
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsConcurrencyToken && !Equals(property.OriginalValue, stored[property.Metadata]))
                return false;
        }
        return true;
    }

    /// <summary>
    /// A modified row: each modified field starts from what is stored, and stays modified only when
    /// its new value differs from it (EF turns a row left without a modified field back to
    /// unchanged: nothing is written). The bookkeeping columns (sequence, version) are the
    /// database's: the interceptor moves the version itself.
    /// </summary>
    private static void Reconcile(EntityEntry entry, PropertyValues stored)
    {
        foreach (var property in entry.Properties)
        {
            var metadata = property.Metadata;
            if (metadata.IsPrimaryKey())
                continue;
            var value = stored[metadata];
            if (entry.Entity is CohortRow && metadata.Name is nameof(CohortRow.Sequence) or nameof(CohortRow.Version))
            {
                property.OriginalValue = value;
                property.CurrentValue = value;
                property.IsModified = false;
                continue;
            }
            if (!property.IsModified)
                continue;
            property.OriginalValue = value;
            if (Same(metadata, value, property.CurrentValue))
                property.IsModified = false;
        }
    }

    /// <summary>Equal as the trail writes them: the same text is the same value (2.5 and 2.50 differ, as the database keeps the scale).</summary>
    private static bool Same(Microsoft.EntityFrameworkCore.Metadata.IProperty property, object? stored, object? current) =>
        string.Equals(AuditValues.Format(property, stored), AuditValues.Format(property, current), StringComparison.Ordinal);
}
