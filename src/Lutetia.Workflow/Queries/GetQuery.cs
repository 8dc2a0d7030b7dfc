using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Queries;

/// <summary>One query with its history; every role that sees the patient's centre may read it (the matrix's Queries).</summary>
public sealed class GetQuery(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<FieldQuery>> RunAsync(Account actor, string patientId, int number, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await StoredQueries.FindAsync(db, patientId, number, cancellation).ConfigureAwait(false) is not { } query)
            return StoredQueries.Missing(patientId, number);
        if (Permissions.Check(actor, CrfSection.Queries, CrfAccess.Read, "see the queries", query.CenterId) is { } forbidden)
            return forbidden;
        return query;
    }
}
