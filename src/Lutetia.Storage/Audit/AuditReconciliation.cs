namespace Lutetia.Storage;

/// <summary>
/// The verdict of <see cref="AuditReplay.Reconcile"/>: whether replaying the audit trail gives
/// exactly the rows the database holds; the entries replayed, the rows compared, and the
/// differences (the first <see cref="AuditReplay.MaximumListed"/>; <see cref="DifferenceCount"/> counts them all).
/// </summary>
public sealed record AuditReconciliation(
    long EntriesReplayed,
    long RowsCompared,
    IReadOnlyList<string> TablesCompared,
    IReadOnlyList<AuditDifference> Differences,
    long DifferenceCount)
{
    public bool IsIntact => DifferenceCount == 0;

    public string Message => IsIntact
        ? FormattableString.Invariant($"the data match the audit trail: {RowsCompared} rows of {TablesCompared.Count} tables are what its {EntriesReplayed} entries give")
        : FormattableString.Invariant($"the data do not match the audit trail: {DifferenceCount} differences between the {RowsCompared} rows stored and what its {EntriesReplayed} entries give");
}
