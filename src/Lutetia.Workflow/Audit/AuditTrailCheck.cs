using Lutetia.Storage;

namespace Lutetia.Workflow.Audit;

/// <summary>
/// What <see cref="VerifyAuditTrail"/> found: the hash chain's verdict; when intact, the recorded
/// head's (if one was given) and the replay of the trail against the stored rows (when the head is
/// still in the chain). <see cref="IsIntact"/> only when all of them are.
/// </summary>
public sealed record AuditTrailCheck(AuditVerification Chain, AuditVerification? Head, AuditReconciliation? Data)
{
    public bool IsIntact => Chain.IsIntact && Head is not { IsIntact: false } && Data is { IsIntact: true };
}
