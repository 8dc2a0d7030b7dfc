using Lutetia.Storage;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Queries;

/// <summary>
/// The field a query is about to be raised on, checked against the database (the table of the
/// cohort format, one of its columns, a record of this patient) with its current value: what the
/// raise page shows before the question is typed. Who may: those who raise queries (the matrix's
/// QueryRaise) on the patient's centre. The link that opens the page names the field; nothing of it
/// is taken on trust.
/// </summary>
public sealed class QueryField(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<QueriedField>> RunAsync(Account actor, string patientId, string table, string recordKey, string field,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await StoredPatients.CentreOfAsync(db, patientId, cancellation).ConfigureAwait(false) is not { } centre
            || !Permissions.Reaches(actor, centre))
            return StoredPatients.Missing(patientId);
        if (Permissions.Check(actor, CrfSection.QueryRaise, CrfAccess.Write, "raise a query", centre) is { } forbidden)
            return forbidden;
        if (await QueriedFields.TargetProblemAsync(db, patientId, table, recordKey, field, cancellation).ConfigureAwait(false) is { } wrong)
            return wrong;
        return (await QueriedFields.ReadAsync(db, actor, centre, patientId, [(table, recordKey, field)], cancellation).ConfigureAwait(false))[0];
    }
}
