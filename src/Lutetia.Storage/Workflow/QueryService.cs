using System.Globalization;
using Lutetia.Intake;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Workflow;

/// <summary>
/// Queries on a field (issue 8): raised and closed by a coordinator or a reviewer, answered by an
/// investigator of the record's centre; open → answered → resolution proposed → closed, re-opened
/// from answered or proposed. Every step is a new row of the history (who, when, text), saved
/// through the audit trail; nothing is ever updated or deleted. Reading follows the centre rule:
/// an investigator sees their own centre's queries only.
/// </summary>
public sealed class QueryService(LutetiaDbContext db, TimeProvider clock)
{
    private const int MaximumTextLength = 4000;
    private static readonly LutetiaRole[] DataManagers = [LutetiaRole.Coordinator, LutetiaRole.Reviewer];

    /// <summary>Raises a query on <paramref name="field"/> of the record <paramref name="entityKey"/> (its audit-trail key) of <paramref name="entity"/>.</summary>
    public FieldQuery Raise(LutetiaUser user, string patientId, string entity, string entityKey, string field, string text)
    {
        WorkflowAccess.Require(user, "raise a query", DataManagers);
        text = Text(text);
        var patient = Patient(patientId);
        if (CohortFormat.Table(entity) is not { } table || table.Name != entity)
            throw new ArgumentException($"\"{entity}\" is not a table of the cohort format", nameof(entity));
        if (table.Column(field) is null)
            throw new ArgumentException(
                $"{entity} has no field \"{field}\"; its fields are {string.Join(", ", table.Columns.Select(c => c.Name))}", nameof(field));
        if (!CohortRecords.Of(db, entity, patientId).Exists(r => r.AuditKey == entityKey))
            throw new ArgumentException($"patient {patientId} has no {entity} record {entityKey}", nameof(entityKey));

        for (var attempt = 0; ; attempt++)
        {
            var number = 1 + (db.Set<FieldQueryRow>().Where(q => q.PatientId == patientId).Max(q => (int?)q.Number) ?? 0);
            var now = WorkflowSave.Now(clock);
            var query = new FieldQueryRow
            {
                PatientId = patientId, Number = number, CenterId = patient.CenterId, Entity = entity, EntityKey = entityKey,
                Field = field, RaisedBy = WorkflowAccess.Name(user), RaisedAtUtc = now,
            };
            var step = new FieldQueryStepRow
            {
                PatientId = patientId, QueryNumber = number, Step = 1, Action = QueryAction.Raise, Status = QueryStatus.Open,
                By = query.RaisedBy, AtUtc = now, Text = text,
            };
            if (WorkflowSave.TrySave(db, user, Reason(patientId, number, QueryAction.Raise), query, step))
                return Find(patientId, number);
            if (attempt == 2)
                throw new WorkflowStateException($"could not number the new query of patient {patientId}: others raised queries at the same moment; try again");
        }
    }

    /// <summary>The centre's investigator answers an open query.</summary>
    public FieldQuery Answer(LutetiaUser user, string patientId, int number, string text) =>
        Step(user, patientId, number, text, QueryAction.Answer, QueryStatus.Answered, [LutetiaRole.Investigator], [QueryStatus.Open]);

    /// <summary>A coordinator or reviewer proposes how an answered query is resolved.</summary>
    public FieldQuery ProposeResolution(LutetiaUser user, string patientId, int number, string text) =>
        Step(user, patientId, number, text, QueryAction.ProposeResolution, QueryStatus.ResolutionProposed, DataManagers, [QueryStatus.Answered]);

    /// <summary>A coordinator or reviewer closes a query whose resolution was proposed.</summary>
    public FieldQuery Close(LutetiaUser user, string patientId, int number, string text) =>
        Step(user, patientId, number, text, QueryAction.Close, QueryStatus.Closed, DataManagers, [QueryStatus.ResolutionProposed]);

    /// <summary>A coordinator or reviewer re-opens an answered or proposed query: the centre must answer again.</summary>
    public FieldQuery Reopen(LutetiaUser user, string patientId, int number, string text) =>
        Step(user, patientId, number, text, QueryAction.Reopen, QueryStatus.Open, DataManagers, [QueryStatus.Answered, QueryStatus.ResolutionProposed]);

    /// <summary>One query with its history.</summary>
    public FieldQuery Get(LutetiaUser user, string patientId, int number)
    {
        ArgumentNullException.ThrowIfNull(user);
        var query = Find(patientId, number);
        WorkflowAccess.RequireCenter(user, query.CenterId, "see the queries");
        return query;
    }

    /// <summary>The queries not closed of a centre, oldest first: the list its investigators and the data managers work through.</summary>
    public IReadOnlyList<FieldQuery> OpenForCenter(LutetiaUser user, string centerId)
    {
        WorkflowAccess.RequireCenter(user, centerId, "see the queries");
        return Load(db.Set<FieldQueryRow>().Where(q => q.CenterId == centerId)).Where(q => q.Status != QueryStatus.Closed).ToList();
    }

    /// <summary>Every query of a patient, closed ones included.</summary>
    public IReadOnlyList<FieldQuery> ForPatient(LutetiaUser user, string patientId)
    {
        WorkflowAccess.RequireCenter(user, Patient(patientId).CenterId, "see the queries");
        return Load(db.Set<FieldQueryRow>().Where(q => q.PatientId == patientId));
    }

    /// <summary>Every query on one record (its audit-trail key), closed ones included: what the record's page shows.</summary>
    public IReadOnlyList<FieldQuery> ForRecord(LutetiaUser user, string patientId, string entity, string entityKey) =>
        ForPatient(user, patientId).Where(q => q.Entity == entity && q.EntityKey == entityKey).ToList();

    private FieldQuery Step(LutetiaUser user, string patientId, int number, string text, QueryAction action, QueryStatus status,
        LutetiaRole[] roles, QueryStatus[] from)
    {
        var what = Verb(action);
        WorkflowAccess.Require(user, $"{what} a query", roles);
        text = Text(text);
        var query = Find(patientId, number);
        WorkflowAccess.RequireCenter(user, query.CenterId, $"{what} the queries");
        if (Array.IndexOf(from, query.Status) < 0)
            throw new WorkflowStateException(
                $"query {query.Label} is {Word(query.Status)}: it can be {Past(action)} only when {string.Join(" or ", from.Select(Word))}; nothing was saved");
        var step = new FieldQueryStepRow
        {
            PatientId = patientId, QueryNumber = number, Step = query.Steps.Count + 1, Action = action, Status = status,
            By = WorkflowAccess.Name(user), AtUtc = WorkflowSave.Now(clock), Text = text,
        };
        if (!WorkflowSave.TrySave(db, user, Reason(patientId, number, action), step))
            throw new WorkflowStateException(
                $"query {query.Label} changed while you were acting on it (someone else added step {step.Step}); reload it and act again; nothing was saved");
        return Find(patientId, number);
    }

    private FieldQuery Find(string patientId, int number) =>
        Load(db.Set<FieldQueryRow>().Where(q => q.PatientId == patientId && q.Number == number)) is [var query]
            ? query
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"patient {patientId} has no query {number}"), nameof(number));

    private List<FieldQuery> Load(IQueryable<FieldQueryRow> queries)
    {
        var rows = queries.AsNoTracking().OrderBy(q => q.RaisedAtUtc).ThenBy(q => q.PatientId).ThenBy(q => q.Number).ToList();
        var patients = rows.Select(q => q.PatientId).Distinct().ToList();
        var steps = db.Set<FieldQueryStepRow>().AsNoTracking().Where(s => patients.Contains(s.PatientId))
            .OrderBy(s => s.Step).AsEnumerable()
            .ToLookup(s => (s.PatientId, s.QueryNumber));
        return rows.Select(q => new FieldQuery(q.PatientId, q.Number, q.CenterId, q.Entity, q.EntityKey, q.Field,
            steps[(q.PatientId, q.Number)].Select(FieldQueryStep.Of).ToList())).ToList();
    }

    private PatientRow Patient(string patientId) => CohortRecords.Patient(db, patientId);

    private static string Text(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ArgumentException("a query step needs a text: the question, the answer or the resolution", nameof(text));
        text = text.Trim();
        if (text.Length > MaximumTextLength)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"the text has {text.Length} characters; at most {MaximumTextLength} are kept"), nameof(text));
        return FieldRules.TryText(text, out var issue)
            ? text
            : throw new ArgumentException($"the text: {issue.Message}. Fix: {issue.Hint}", nameof(text));
    }

    private static string Reason(string patientId, int number, QueryAction action) =>
        string.Create(CultureInfo.InvariantCulture, $"query {patientId}/Q{number}: {Code(action)}");

    private static string Code(QueryAction action) => Lutetia.Domain.Codes<QueryAction>.ToCode(action);

    private static string Verb(QueryAction action) => action switch
    {
        QueryAction.Answer => "answer",
        QueryAction.ProposeResolution => "propose the resolution of",
        QueryAction.Close => "close",
        QueryAction.Reopen => "re-open",
        _ => "raise",
    };

    private static string Past(QueryAction action) => action switch
    {
        QueryAction.Answer => "answered",
        QueryAction.ProposeResolution => "given a proposed resolution",
        QueryAction.Close => "closed",
        QueryAction.Reopen => "re-opened",
        _ => "raised",
    };

    private static string Word(QueryStatus status) => status switch
    {
        QueryStatus.Open => "open",
        QueryStatus.Answered => "answered",
        QueryStatus.ResolutionProposed => "resolution proposed",
        _ => "closed",
    };
}
