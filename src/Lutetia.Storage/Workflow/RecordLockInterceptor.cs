using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lutetia.Storage.Workflow;

/// <summary>
/// Refuses any save that inserts, updates or deletes a row of a locked patient record (the
/// patient and every row that belongs to it). Registered after <see cref="AuditInterceptor"/>, it
/// runs inside the save's transaction once the save holds its patients' locks — a signature (a
/// record_locks row, of its patient) takes the same lock, so every writer of a patient waits there
/// in turn — so a lock signed by another coordinator a moment before is seen, and no save slips
/// between the check and the write. A refused save is undone like any failed save.
/// </summary>
public sealed class RecordLockInterceptor : SaveChangesInterceptor
{
    /// <summary>Stateless: one instance serves every context.</summary>
    public static readonly RecordLockInterceptor Instance = new();

    private RecordLockInterceptor()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        CheckAsync(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await CheckAsync(eventData.Context, async: true, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static async Task CheckAsync(DbContext? context, bool async, CancellationToken cancellationToken)
    {
        if (context is not LutetiaDbContext db)
            return;
        var patients = PatientsTouched(db);
        if (patients.Count == 0)
            return;
        var query = db.Set<RecordLockRow>().AsNoTracking()
            .Where(l => patients.Contains(l.PatientId) && l.VoidedAtUtc == null)
            .OrderBy(l => l.PatientId);
        var locks = async ? await query.ToListAsync(cancellationToken).ConfigureAwait(false) : query.ToList();
        if (locks.Count == 0)
            return;
        AuditInterceptor.Undo(db);
        var first = locks[0];
        var others = locks.Count > 1 ? $" (and {string.Join(", ", locks.Skip(1).Select(l => l.PatientId))}, locked too)" : "";
        throw new RecordLockedException(
            $"patient {first.PatientId}'s record is {first.Meaning}: locked by {first.Signer} at " +
            $"{first.SignedAtUtc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)}{others}. " +
            "Its rows cannot be changed until a coordinator unlocks it (with a password-confirmed signature); nothing was saved.")
        {
            PatientId = first.PatientId,
            LockedBy = first.Signer,
            LockedAtUtc = first.SignedAtUtc,
        };
    }

    /// <summary>Every patient a row of this save belongs to, before and after the change (a row moved to another patient touches both).</summary>
    private static List<string> PatientsTouched(LutetiaDbContext db)
    {
        var patients = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || entry.Entity is not CohortRow row)
                continue;
            if (row.AuditPatient is { } patient)
                patients.Add(patient);
            if (entry.State == EntityState.Modified && PatientProperty(entry) is { OriginalValue: string before })
                patients.Add(before);
        }
        return [.. patients];
    }

    private static PropertyEntry? PatientProperty(EntityEntry entry) =>
        entry.Metadata.FindProperty(nameof(PatientRow.PatientId)) is null ? null : entry.Property(nameof(PatientRow.PatientId));
}
