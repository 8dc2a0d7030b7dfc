using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Queries;

/// <summary>Every query on one record (its table and audit-trail key), closed ones included: what the record's page shows. Who may: as <see cref="PatientQueries"/>.</summary>
public sealed class RecordQueries(PatientQueries patientQueries) : IUseCase
{
    public async Task<Result<IReadOnlyList<FieldQuery>>> RunAsync(Account actor, string patientId, string entity, string entityKey,
        CancellationToken cancellation) =>
        (await patientQueries.RunAsync(actor, patientId, cancellation).ConfigureAwait(false))
            .Map<IReadOnlyList<FieldQuery>>(all => [.. all.Where(q => q.Entity == entity && q.EntityKey == entityKey)]);
}
