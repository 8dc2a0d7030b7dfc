using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lutetia.Storage;

/// <summary>What the audit interceptor changed in a save under way: undone when the save fails, so the context can be retried.</summary>
internal sealed class PendingAudit
{
    /// <summary>The transaction the interceptor opened (null when the caller had one: the caller commits it).</summary>
    public IDbContextTransaction? OwnTransaction { get; init; }

    public List<AuditEntry> Entries { get; } = [];

    /// <summary>Each row whose version (and for a new row, sequence) was set, with the values before.</summary>
    public List<(EntityEntry Entry, int Version, long Sequence)> Stamped { get; } = [];
}
