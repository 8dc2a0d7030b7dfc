using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lutetia.Storage;

/// <summary>
/// The database side of appending to the chain, inside the save's transaction: lock and read the
/// head (<see cref="AuditAppend"/> moves it), and find the next insertion sequence of a table
/// (under the table's sequence lock, <see cref="SaveLocks"/>, so two writers never take the same one).
/// </summary>
internal static class ChainHead
{
    /// <summary>
    /// Locks the head row until the transaction ends and reads it. PostgreSQL: SELECT … FOR UPDATE
    /// (a second writer waits here). SQLite: a write to the head takes the database's write lock.
    /// </summary>
    public static async Task<(long LastId, string LastHash)> LockAsync(LutetiaDbContext db, bool async, CancellationToken cancellationToken)
    {
        var select = "SELECT id, last_entry_id, last_hash FROM audit_chain_head WHERE id = 1";
        if (db.Provider == DatabaseProvider.Postgres)
            select += " FOR UPDATE";
        else if (async)
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_chain_head SET last_entry_id = last_entry_id WHERE id = 1", cancellationToken).ConfigureAwait(false);
        else
            db.Database.ExecuteSqlRaw("UPDATE audit_chain_head SET last_entry_id = last_entry_id WHERE id = 1");
        var query = db.AuditChainHeads.FromSqlRaw(select).AsNoTracking().AsAsyncEnumerable();
        AuditChainHead? head = null;
        await foreach (var row in query.WithCancellation(cancellationToken).ConfigureAwait(false))
            head = row;
        if (head is null)
            throw new InvalidOperationException("the audit chain head (audit_chain_head, id 1) is missing: the database was not created by Lutetia's migrations, or was damaged");
        return (head.LastEntryId, head.LastHash.Trim());
    }

    /// <summary>The highest sequence of the table, counting the new rows of this save that brought their own.</summary>
    public static async Task<long> MaxSequenceAsync(LutetiaDbContext db, IEntityType type, List<EntityEntry> entries, bool async,
        CancellationToken cancellationToken)
    {
        var sql = $"SELECT COALESCE(MAX(sequence), 0) AS \"Value\" FROM {type.GetTableName()}";
#pragma warning disable EF1002 // The table name comes from the model, never from input.
        var query = db.Database.SqlQueryRaw<long>(sql);
#pragma warning restore EF1002
        var stored = async
            ? (await query.ToListAsync(cancellationToken).ConfigureAwait(false)).Single()
            : query.AsEnumerable().Single();
        foreach (var entry in entries)
        {
            if (entry.Metadata == type && entry.Entity is CohortRow { Sequence: > 0 } row
                && !entry.Property(nameof(CohortRow.Sequence)).IsTemporary)
                stored = Math.Max(stored, row.Sequence);
        }
        return stored;
    }
}
