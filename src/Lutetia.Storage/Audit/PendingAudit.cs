using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lutetia.Storage;

/// <summary>What the audit interceptor changed in a save under way: undone when the save fails, so the context can be retried.</summary>
internal sealed class PendingAudit
{
    /// <summary>The transaction the interceptor opened (null when the caller had one: the caller commits it).</summary>
    public IDbContextTransaction? OwnTransaction { get; init; }

    /// <summary>The instant the save began: what the data-quality refresh stamps its issues with and judges dates against.</summary>
    public DateTime StartedAtUtc { get; init; }

    /// <summary>
    /// The entries of the save, in order, with their content: their ids, time and hashes are given
    /// once the chain head is locked (<see cref="AuditAppend"/>).
    /// </summary>
    public List<AuditEntry> Entries { get; } = [];

    /// <summary>The chain head, once locked (early for a save the patient locks do not cover, at the append otherwise).</summary>
    public (long LastId, string LastHash)? Head { get; set; }

    /// <summary>Each row whose version (and for a new row, sequence) was set, with the values before.</summary>
    public List<(EntityEntry Entry, int Version, long Sequence)> Stamped { get; } = [];
}
