namespace Lutetia.Storage;

/// <summary>
/// What every stored row of the cohort carries besides its data: its insertion sequence (the order
/// export writes it back in, so export → import → export is stable) and a version, the
/// optimistic-concurrency token incremented by every save that changes the row.
/// </summary>
public abstract class CohortRow
{
    /// <summary>Insertion order within its table, from 1; assigned on the first save when left 0.</summary>
    public long Sequence { get; set; }

    /// <summary>1 after the first save, incremented by each update (the concurrency token).</summary>
    public int Version { get; set; }

    /// <summary>The row's key as the audit trail names it, e.g. <c>P001/L2</c>.</summary>
    public abstract string AuditKey { get; }

    /// <summary>The patient the row belongs to (null for a centre): the audit trail is viewable per patient.</summary>
    public abstract string? AuditPatient { get; }
}
