using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Queries;

/// <summary>
/// The queries not closed of a centre, oldest first: the list its investigators and the data
/// managers work through. An investigator sees their own centre's only (the matrix's Queries).
/// </summary>
public sealed class CenterQueries(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<FieldQuery>>> RunAsync(Account actor, string centerId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Queries, CrfAccess.Read, "see the queries", centerId) is { } forbidden)
            return forbidden;
        var queries = await StoredQueries.LoadAsync(db, db.Set<FieldQueryRow>().Where(q => q.CenterId == centerId), cancellation).ConfigureAwait(false);
        return queries.Where(q => q.Status != QueryStatus.Closed).ToList();
    }
}
