using System.Globalization;
using Lutetia.Intake;
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
        if (await TargetProblemAsync(patientId, entity, entityKey, field, cancellation).ConfigureAwait(false) is { } wrongTarget)
            return wrongTarget;

        for (var attempt = 1; ; attempt++)
        {
            var number = 1 + (await db.Set<FieldQueryRow>().Where(q => q.PatientId == patientId).MaxAsync(q => (int?)q.Number, cancellation)
                .ConfigureAwait(false) ?? 0);
            var now = clock.UtcNow;
            var query = new FieldQueryRow
            {
                PatientId = patientId, Number = number, CenterId = centre, Entity = entity, EntityKey = entityKey,
                Field = field, RaisedBy = actor.UserName, RaisedAtUtc = now,
            };
            var step = new FieldQueryStepRow
            {
                PatientId = patientId, QueryNumber = number, Step = 1, Action = QueryAction.Raise, Status = QueryStatus.Open,
                By = actor.UserName, AtUtc = now, Text = question,
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

    /// <summary>Null when the table is the cohort format's, the field one of its columns and the record the patient's; else the refusal naming what exists.</summary>
    private async Task<Refusal?> TargetProblemAsync(string patientId, string entity, string entityKey, string field, CancellationToken cancellation)
    {
        if (CohortFormat.Table(entity) is not { } table || table.Name != entity)
            return Invalid("entity", $"\"{entity}\" is not a table of the cohort format");
        if (table.Column(field) is null)
            return Invalid("field", $"{entity} has no field \"{field}\"; its fields are {string.Join(", ", table.Columns.Select(c => c.Name))}");
        if (CohortRecords.Rows(db, entity, patientId) is not { } rows)
            return Invalid("entity",
                $"\"{entity}\" is not a table of a patient's record; a query is raised on one of {string.Join(", ", CohortRecords.Tables)}");
        var records = await rows.AsNoTracking().ToListAsync(cancellation).ConfigureAwait(false);
        return records.Exists(r => r.AuditKey == entityKey)
            ? null
            : Invalid("entityKey", string.Create(CultureInfo.InvariantCulture, $"patient {patientId} has no {entity} record {entityKey}"));
    }

    private static Refusal Invalid(string field, string message) => Refusal.Invalid(message, new FieldProblem(field, message));
}
