namespace Lutetia.Storage;

/// <summary>
/// One field two people changed at once: the value both started from, the value the other saved
/// (null when the other deleted the row), the value this save wanted, and who saved first and when
/// (from the audit trail).
/// </summary>
public sealed record ConcurrencyConflict(
    string Entity,
    string Key,
    string Field,
    string? StartedFrom,
    string? TheirValue,
    string? YourValue,
    string? ChangedBy,
    DateTime? ChangedAtUtc,
    bool Deleted);
