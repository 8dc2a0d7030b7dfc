using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Queries;

/// <summary>
/// A coordinator or reviewer raises a query on one field of one record of a patient (docs/workflow.md, Queries; the
/// matrix's QueryRaise): the query, numbered within the patient, and its first step (open, with the
/// question), saved together through the audit trail. Two raised at the same moment cannot take the
/// same number: the loser numbers again (up to three times).
/// </summary>
public sealed class RaiseQuery(LutetiaDbContext db, StudyClock clock) : IUseCase
{
    private const int Attempts = 3;

    /// <summary>Raises a query on <paramref name="field"/> of the record <paramref name="entityKey"/> (its audit-trail key) of the table <paramref name="entity"/>.</summary>
    public async Task<Result<FieldQuery>> RunAsync(Account actor, string patientId, string entity, string entityKey, string field, string? text,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.QueryRaise, CrfAccess.Write, "raise a query") is { } forbidden)
            return forbidden;
        if (QueryWords.TextProblem(text, out var question) is { } invalid)
            return invalid;
        if (await StoredPatients.CentreOfAsync(db, patientId, cancellation).ConfigureAwait(false) is not { } centre)
            return StoredPatients.Missing(patientId);
        if (Permissions.Check(actor, CrfSection.QueryRaise, CrfAccess.Write, "raise a query", centre) is { } elsewhere)
            return elsewhere;
        if (await QueriedFields.TargetProblemAsync(db, patientId, entity, entityKey, field, cancellation).ConfigureAwait(false) is { } wrongTarget)
            return wrongTarget;

        for (var attempt = 1; ; attempt++)
        {
            var number = 1 + (await db.Set<FieldQueryRow>().Where(q => q.PatientId == patientId).MaxAsync(q => (int?)q.Number, cancellation)
                .ConfigureAwait(false) ?? 0);
            var now = clock.UtcNow;
            var query = new FieldQueryRow
            {
                PatientId = patientId,
                Number = number,
                CenterId = centre,
                Entity = entity,
                EntityKey = entityKey,
                Field = field,
                RaisedBy = actor.UserName,
                RaisedAtUtc = now,
            };
            var step = new FieldQueryStepRow
            {
                PatientId = patientId,
                QueryNumber = number,
                Step = 1,
                Action = QueryAction.Raise,
                Status = QueryStatus.Open,
                By = actor.UserName,
                AtUtc = now,
                Text = question,
            };
            var saved = await AuditedInsert.SaveAsync(db, actor, StoredQueries.Reason(patientId, number, QueryAction.Raise), [query, step], cancellation)
                .ConfigureAwait(false);
            if (saved.Succeeded)
                return (await StoredQueries.FindAsync(db, patientId, number, cancellation).ConfigureAwait(false))!;
            if (saved.Refusal is not { KeyTaken: true } refused)
                return saved.Refusal!;
            if (attempt == Attempts)
                return Refusal.Conflict($"could not number the new query of patient {patientId}: others raised queries at the same moment; try again");
        }
    }
}
