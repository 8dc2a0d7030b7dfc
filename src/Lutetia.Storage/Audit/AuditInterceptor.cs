using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lutetia.Storage;

/// <summary>
/// Turns every save of a <see cref="LutetiaDbContext"/> into audited, chained, versioned writes:
/// opens a transaction (unless the caller has one) and takes the save's locks in it
/// (<see cref="SaveLocks"/>: its patients, its tables' sequences); reads every updated or deleted
/// row again from the database, so the old values are the stored ones whatever the caller set
/// (<see cref="StoredOriginals"/>); refuses a change of a stored value (an update of a non-empty
/// field, a delete) of a cohort row without a reason;
/// gives new rows their insertion sequence; bumps the version of each changed row; and once the rows
/// and the data-quality refresh are written, locks the chain head, appends one entry per change,
/// each hashed onto the previous one, moves the head (<see cref="AuditAppend"/>) and commits — so
/// concurrent writers append in turn, and hold the head for those last round trips only
/// (docs/storage.md, The order of a save). A failed save is undone in memory (versions, sequences,
/// pending entries) and in the database (rollback).
/// </summary>
public sealed class AuditInterceptor : SaveChangesInterceptor
{
    /// <summary>Stateless: one instance serves every context (the state of a save lives on its context).</summary>
    public static readonly AuditInterceptor Instance = new();

    private AuditInterceptor()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        PrepareAsync(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await PrepareAsync(eventData.Context, async: true, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return result + Complete(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return result + await Complete(eventData.Context, async: true, cancellationToken).ConfigureAwait(false);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Undo(eventData.Context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Undo(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Undo(eventData.Context);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Undo(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Everything of the save that does not need the chain head (docs/storage.md, The order of a save):
    /// the transaction, the patient and sequence locks, the stored originals, the reason, the
    /// versions and sequences, the entries' content. The head itself is locked here only for a save
    /// the patient locks do not cover; otherwise at the append (<see cref="Complete"/>), after the
    /// rows and the data-quality refresh are written.
    /// </summary>
    private static async Task PrepareAsync(DbContext? context, bool async, CancellationToken cancellationToken)
    {
        if (context is not LutetiaDbContext db)
            return;
        db.ChangeTracker.DetectChanges();
        var entries = db.ChangeTracker.Entries().Where(AuditChanges.IsAudited).ToList();
        if (entries.Count == 0)
            return;
        if (string.IsNullOrWhiteSpace(db.CurrentUser))
            throw new InvalidOperationException(
                "LutetiaDbContext.CurrentUser is not set: every change is recorded with who made it, so set the user before saving; nothing was saved");

        var transaction = db.Database.CurrentTransaction is null
            ? async ? await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : db.Database.BeginTransaction()
            : null;
        var pending = new PendingAudit { OwnTransaction = transaction, StartedAtUtc = AuditHash.ToMicroseconds(db.Clock.GetUtcNow().UtcDateTime) };
        db.Pending = pending;
        try
        {
            // The locks in their one order: patients, sequences, then (only if the patients do not cover the save) the head.
            await SaveLocks.LockPatientsAsync(db, entries, async, cancellationToken).ConfigureAwait(false);
            await SaveLocks.LockSequencesAsync(db, entries, async, cancellationToken).ConfigureAwait(false);
            if (!SaveLocks.CoveredByPatientLocks(entries))
                pending.Head = await ChainHead.LockAsync(db, async, cancellationToken).ConfigureAwait(false);
            // Under those locks, so that no other save of these rows can come between what is read and what is written.
            await StoredOriginals.ApplyAsync(db, entries, async, cancellationToken).ConfigureAwait(false);
            entries.RemoveAll(e => !AuditChanges.IsAudited(e));
            RequireReason(db, entries);
            await Stamp(db, entries, pending, async, cancellationToken).ConfigureAwait(false);

            var reason = string.IsNullOrWhiteSpace(db.Reason) ? null : db.Reason.Trim();
            foreach (var change in entries.SelectMany(AuditChanges.Of))
            {
                pending.Entries.Add(new AuditEntry
                {
                    User = db.CurrentUser,
                    Action = change.Action,
                    Entity = change.Entity,
                    EntityKey = change.Key,
                    PatientId = change.Patient,
                    Field = change.Field,
                    OldValue = change.OldValue,
                    NewValue = change.NewValue,
                    Reason = reason,
                });
            }
        }
        catch
        {
            Undo(db);
            throw;
        }
    }

    /// <summary>
    /// A reason is required for a change of a stored value of a cohort row: a deletion, or an update
    /// of a field that held a value. The first entry into an empty field of a saved row (the end of
    /// PRRT, the vital status filled in later) adds data and needs none. The old values compared are
    /// the stored ones (<see cref="StoredOriginals"/> has read them again under the chain's lock),
    /// never what the caller set as originals.
    /// </summary>
    private static void RequireReason(LutetiaDbContext db, List<EntityEntry> entries)
    {
        if (!string.IsNullOrWhiteSpace(db.Reason))
            return;
        foreach (var entry in entries)
        {
            if (entry.Entity is not CohortRow row || entry.State == EntityState.Added)
                continue;
            if (entry.State == EntityState.Modified && AuditChanges.ChangedFields(entry).All(f => string.IsNullOrEmpty(f.Old)))
                continue;
            var what = entry.State == EntityState.Deleted
                ? "deleting it"
                : string.Join(", ", AuditChanges.ChangedFields(entry).Select(f => $"{f.Column}: {f.Old ?? "(empty)"} → {f.New ?? "(empty)"}"));
            throw new AuditReasonRequiredException(
                $"{AuditChanges.EntityName(entry)} {row.AuditKey} was saved before, so changing it needs a reason ({what}). " +
                "Give the reason for the change (LutetiaDbContext.Reason) and save again; nothing was saved.");
        }
    }

    /// <summary>Versions (the concurrency token) and, for new rows without one, the insertion sequence.</summary>
    private static async Task Stamp(LutetiaDbContext db, List<EntityEntry> entries, PendingAudit pending, bool async,
        CancellationToken cancellationToken)
    {
        var next = new Dictionary<Type, long>();
        foreach (var entry in entries)
        {
            if (entry.Entity is not CohortRow row)
                continue;
            if (entry.State == EntityState.Added)
            {
                pending.Stamped.Add((entry, row.Version, row.Sequence));
                var sequence = entry.Property(nameof(CohortRow.Sequence));
                if (row.Sequence <= 0 || sequence.IsTemporary)
                {
                    if (!next.TryGetValue(row.GetType(), out var value))
                        value = await ChainHead.MaxSequenceAsync(db, entry.Metadata, entries, async, cancellationToken).ConfigureAwait(false);
                    next[row.GetType()] = ++value;
                    sequence.CurrentValue = value;
                    sequence.IsTemporary = false;
                }
                entry.Property(nameof(CohortRow.Version)).CurrentValue = 1;
            }
            else if (entry.State == EntityState.Modified && AuditChanges.ChangedFields(entry).Any())
            {
                var version = entry.Property(nameof(CohortRow.Version));
                var original = (int)version.OriginalValue!;
                pending.Stamped.Add((entry, row.Version, row.Sequence));
                version.CurrentValue = original + 1;
            }
        }
    }

    /// <summary>
    /// The end of the save, once its rows (and what the data-quality refresh derives from them) are
    /// written: lock the head if not yet, append the entries and move the head in one command, commit.
    /// Returns how many entries were written (counted in what SaveChanges returns).
    /// </summary>
    private static async Task<int> Complete(DbContext? context, bool async, CancellationToken cancellationToken)
    {
        if (context is not LutetiaDbContext { Pending: { } pending } db)
            return 0;
        try
        {
            if (pending.Entries.Count > 0)
            {
                pending.Head ??= await ChainHead.LockAsync(db, async, cancellationToken).ConfigureAwait(false);
                await AuditAppend.WriteAsync(db, pending.Entries, pending.Head.Value, async, cancellationToken).ConfigureAwait(false);
            }
            if (pending.OwnTransaction is { } transaction)
            {
                if (async)
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                else
                    transaction.Commit();
            }
        }
        catch
        {
            Undo(db);
            throw;
        }
        db.Pending = null;
        if (pending.OwnTransaction is { } done)
        {
            if (async)
                await done.DisposeAsync().ConfigureAwait(false);
            else
                done.Dispose();
        }
        return pending.Entries.Count;
    }

    /// <summary>Undoes a failed save (EF reports a lost race without calling SaveChangesFailed, so the context calls this too).</summary>
    internal static void Undo(DbContext? context)
    {
        if (context is not LutetiaDbContext { Pending: { } pending } db)
            return;
        db.Pending = null;
        if (pending.OwnTransaction is { } transaction)
        {
            transaction.Rollback();
            transaction.Dispose();
        }
        foreach (var (entry, version, sequence) in pending.Stamped)
        {
            entry.Property(nameof(CohortRow.Version)).CurrentValue = version;
            if (entry.State == EntityState.Added)
                entry.Property(nameof(CohortRow.Sequence)).CurrentValue = sequence;
        }
    }
}
