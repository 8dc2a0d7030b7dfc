namespace Lutetia.Storage;

/// <summary>
/// The verdict of <see cref="AuditTrail.Verify"/>: intact, or the first broken link — the entry
/// where the chain breaks and what differs there.
/// </summary>
public sealed record AuditVerification(bool IsIntact, long EntriesChecked, long? BrokenAtEntry, string Message, string HeadHash);
