namespace Lutetia.Criteria;

/// <summary>
/// Eligibility: <see cref="Reason"/> is the first failing reason in the protocol's order (null when
/// included); <see cref="AllReasons"/> lists every failing one, for data-quality reports.
/// </summary>
public sealed record EligibilityVerdict(ExclusionReason? Reason, IReadOnlyList<ExclusionReason> AllReasons, Explanation Explanation)
{
    public bool IsIncluded => Reason is null;
}
