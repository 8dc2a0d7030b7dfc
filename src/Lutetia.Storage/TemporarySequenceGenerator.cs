using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.ValueGeneration;

namespace Lutetia.Storage;

/// <summary>
/// Gives a new row without a sequence a temporary, negative one, so several new rows of a table
/// without a natural key can be tracked at once; the audit interceptor replaces it with the next
/// sequence of the table, under the table's sequence lock (SaveLocks), when the row is saved.
/// </summary>
public sealed class TemporarySequenceGenerator : ValueGenerator<long>
{
    private long _last;

    public override bool GeneratesTemporaryValues => true;

    public override long Next(EntityEntry entry) => Interlocked.Decrement(ref _last);
}
