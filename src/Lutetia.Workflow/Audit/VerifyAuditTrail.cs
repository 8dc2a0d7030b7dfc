using Lutetia.Storage;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Audit;

/// <summary>
/// Checks the audit trail (docs/storage.md): every link of its SHA-256 chain, then — if a chain head
/// recorded earlier is given (<c>N:HASH</c>, <see cref="AuditHead"/>) — that it is still in the chain,
/// then that replaying the trail gives exactly the stored rows. Stops at the first check that fails:
/// a broken chain is not replayed. A broken trail is an answer, not a refusal (<see cref="AuditTrailCheck"/>).
/// Who may: <see cref="WholeTrail"/>.
/// </summary>
public sealed class VerifyAuditTrail(LutetiaDbContext db) : IUseCase
{
    public Task<Result<AuditTrailCheck>> RunAsync(Account actor, (long Entry, string Hash)? head, CancellationToken cancellation)
    {
        if (WholeTrail.Check(actor, "verify the audit trail") is { } refused)
            return Task.FromResult<Result<AuditTrailCheck>>(refused);
        cancellation.ThrowIfCancellationRequested();
        var chain = AuditTrail.Verify(db);
        if (!chain.IsIntact)
            return Done(new AuditTrailCheck(chain, null, null));
        var anchor = head is { } h ? AuditAnchor.Check(db, h.Entry, h.Hash) : null;
        if (anchor is { IsIntact: false })
            return Done(new AuditTrailCheck(chain, anchor, null));
        return Done(new AuditTrailCheck(chain, anchor, AuditReplay.Reconcile(db)));
    }

    private static Task<Result<AuditTrailCheck>> Done(AuditTrailCheck check) => Task.FromResult(Result<AuditTrailCheck>.Success(check));
}
