using Lutetia.Storage;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Audit;

/// <summary>
/// The audit trail's chain head — the last entry's number and hash, to record outside the server
/// (<see cref="AuditAnchor.Format"/>) — once the whole chain is verified: the answer is the chain's
/// verdict, whose <see cref="AuditVerification.HeadHash"/> is the head when it is intact. Who may: <see cref="WholeTrail"/>.
/// </summary>
public sealed class AuditHead(LutetiaDbContext db) : IUseCase
{
    public Task<Result<AuditVerification>> RunAsync(Account actor, CancellationToken cancellation)
    {
        if (WholeTrail.Check(actor, "read the audit trail's head") is { } refused)
            return Task.FromResult<Result<AuditVerification>>(refused);
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(Result<AuditVerification>.Success(AuditTrail.Verify(db)));
    }
}
