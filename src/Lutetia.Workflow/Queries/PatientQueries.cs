using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Queries;

/// <summary>Every query of a patient, closed ones included, oldest first; every role that sees the patient's centre (the matrix's Queries).</summary>
public sealed class PatientQueries(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<FieldQuery>>> RunAsync(Account actor, string patientId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await StoredPatients.CentreOfAsync(db, patientId, cancellation).ConfigureAwait(false) is not { } centre)
            return StoredPatients.Missing(patientId);
        if (Permissions.Check(actor, CrfSection.Queries, CrfAccess.Read, "see the queries", centre) is { } forbidden)
            return forbidden;
        return await StoredQueries.LoadAsync(db, db.Set<FieldQueryRow>().Where(q => q.PatientId == patientId), cancellation).ConfigureAwait(false);
    }
}
