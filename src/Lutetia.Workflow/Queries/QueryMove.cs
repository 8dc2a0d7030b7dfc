using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Queries;

/// <summary>
/// One step of a query's life cycle after it was raised: the action, the status it leads to, the
/// area of the permission matrix that allows it, and the statuses it may start from. Taking it adds
/// a row to the query's history (nothing is ever updated), in the actor's name, through the audit trail.
/// </summary>
internal sealed record QueryMove(QueryAction Action, QueryStatus To, CrfSection Section, params QueryStatus[] From)
{
    public async Task<Result<FieldQuery>> TakeAsync(LutetiaDbContext db, StudyClock clock, Account actor, string patientId, int number, string? text,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var what = QueryWords.Verb(Action);
        if (Permissions.Check(actor, Section, CrfAccess.Write, $"{what} a query") is { } forbidden)
            return forbidden;
        if (QueryWords.TextProblem(text, out var trimmed) is { } invalid)
            return invalid;
        if (await StoredQueries.FindAsync(db, patientId, number, cancellation).ConfigureAwait(false) is not { } query)
            return StoredQueries.Missing(patientId, number);
        if (Permissions.Check(actor, Section, CrfAccess.Write, $"{what} the queries", query.CenterId) is { } elsewhere)
            return elsewhere;
        if (Array.IndexOf(From, query.Status) < 0)
            return Refusal.Conflict(
                $"query {query.Label} is {QueryWords.Word(query.Status)}: it can be {QueryWords.Past(Action)} only when " +
                $"{string.Join(" or ", From.Select(QueryWords.Word))}; nothing was saved");
        var step = new FieldQueryStepRow
        {
            PatientId = patientId,
            QueryNumber = number,
            Step = query.Steps.Count + 1,
            Action = Action,
            Status = To,
            By = actor.UserName,
            AtUtc = clock.UtcNow,
            Text = trimmed,
        };
        var saved = await AuditedInsert.SaveAsync(db, actor, StoredQueries.Reason(patientId, number, Action), [step], cancellation).ConfigureAwait(false);
        if (saved.Refusal is { KeyTaken: true })
            return Refusal.Conflict(
                $"query {query.Label} changed while you were acting on it (someone else added step {step.Step}); reload it and act again; nothing was saved");
        if (saved.Refusal is { } refused)
            return refused;
        return (await StoredQueries.FindAsync(db, patientId, number, cancellation).ConfigureAwait(false))!;
    }
}
