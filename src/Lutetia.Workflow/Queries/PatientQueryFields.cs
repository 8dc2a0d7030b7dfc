using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Queries;

/// <summary>
/// The fields the queries of a patient are about, with their values as stored now (a query page
/// shows the value beside the question, and links to the form at the field). Who may: as
/// <see cref="PatientQueries"/>; the blinding rules hide the values of reads the account may not see.
/// </summary>
public sealed class PatientQueryFields(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<QueriedField>>> RunAsync(Account actor, string patientId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await StoredPatients.CentreOfAsync(db, patientId, cancellation).ConfigureAwait(false) is not { } centre)
            return StoredPatients.Missing(patientId);
        if (Permissions.Check(actor, CrfSection.Queries, CrfAccess.Read, "see the queries", centre) is { } forbidden)
            return forbidden;
        var targets = await db.Set<FieldQueryRow>().AsNoTracking().Where(q => q.PatientId == patientId)
            .Select(q => new { q.Entity, q.EntityKey, q.Field }).Distinct().ToListAsync(cancellation).ConfigureAwait(false);
        return Result<IReadOnlyList<QueriedField>>.Success(await QueriedFields.ReadAsync(db, actor, centre, patientId,
            [.. targets.Select(t => (t.Entity, t.EntityKey, t.Field))], cancellation).ConfigureAwait(false));
    }
}
