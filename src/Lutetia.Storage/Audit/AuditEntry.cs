namespace Lutetia.Storage;

/// <summary>
/// One line of the audit trail: who changed what, when, from which value to which, and why.
/// An insert or a delete is one entry for the whole row (field <c>*</c>, the row's values as
/// <c>column=value</c> pairs); an update is one entry per changed field. Entries are append-only
/// (no code path updates or deletes them, and database triggers refuse it) and chained:
/// <see cref="Hash"/> = SHA-256(<see cref="PreviousHash"/> + canonical text), see <see cref="AuditHash"/>.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3… without gaps: the position in the chain.</summary>
    public long Id { get; set; }

    /// <summary>UTC, to the microsecond (what both databases store exactly).</summary>
    public DateTime AtUtc { get; set; }

    public string User { get; set; } = "";
    public AuditAction Action { get; set; }

    /// <summary>The table, e.g. <c>patients</c>.</summary>
    public string Entity { get; set; } = "";

    /// <summary>The row's key, e.g. <c>P001/L2</c>.</summary>
    public string EntityKey { get; set; } = "";

    /// <summary>The patient the row belongs to, when it does.</summary>
    public string? PatientId { get; set; }

    /// <summary>The column, or <c>*</c> for a whole row.</summary>
    public string Field { get; set; } = "";

    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public string? Reason { get; set; }

    /// <summary>Lower-case hex SHA-256 of the previous entry (64 zeros for the first).</summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of <see cref="PreviousHash"/> followed by the canonical text of this entry.</summary>
    public string Hash { get; set; } = "";
}
