namespace Lutetia.Storage;

/// <summary>
/// The single row (id 1) naming the last entry of the audit chain. Every save that appends to the
/// chain locks it before numbering its entries (SELECT … FOR UPDATE on PostgreSQL, a write on
/// SQLite) and keeps it until it commits, so concurrent writers append one after the other and never
/// fork the chain; it also lets verification see entries cut off the end.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingleId = 1;

    public int Id { get; set; }
    public long LastEntryId { get; set; }
    public string LastHash { get; set; } = "";
}
