using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow;

/// <summary>
/// Adds the rows of a workflow step (a query's step, a signature, a central read) and saves them
/// through <see cref="AuditedSave"/>: a key another save took a moment before comes back as a
/// refusal with <see cref="Refusal.KeyTaken"/>, so the use case can number again or explain.
/// Whatever happens, the rows are left untracked: use cases answer with records, never with rows.
/// </summary>
internal static class AuditedInsert
{
    public static async Task<Result> SaveAsync(LutetiaDbContext db, Account actor, string reason, IReadOnlyList<object> rows,
        CancellationToken cancellation)
    {
        try
        {
            foreach (var row in rows)
                db.Add(row);
            return await AuditedSave.SaveAsync(db, actor, reason, cancellation).ConfigureAwait(false);
        }
        finally
        {
            foreach (var row in rows)
                db.Entry(row).State = EntityState.Detached;
        }
    }
}
