using System.Globalization;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Queries;

/// <summary>The queries as the use cases read them back: each with its whole history, oldest first.</summary>
internal static class StoredQueries
{
    /// <summary>The queries selected, by the time they were raised, each with its steps.</summary>
    public static async Task<List<FieldQuery>> LoadAsync(LutetiaDbContext db, IQueryable<FieldQueryRow> queries, CancellationToken cancellation)
    {
        var rows = await queries.AsNoTracking().OrderBy(q => q.RaisedAtUtc).ThenBy(q => q.PatientId).ThenBy(q => q.Number)
            .ToListAsync(cancellation).ConfigureAwait(false);
        var patients = rows.Select(q => q.PatientId).Distinct().ToList();
        var steps = (await db.Set<FieldQueryStepRow>().AsNoTracking().Where(s => patients.Contains(s.PatientId)).OrderBy(s => s.Step)
                .ToListAsync(cancellation).ConfigureAwait(false))
            .ToLookup(s => (s.PatientId, s.QueryNumber));
        return rows.Select(q => new FieldQuery(q.PatientId, q.Number, q.CenterId, q.Entity, q.EntityKey, q.Field,
            steps[(q.PatientId, q.Number)].Select(FieldQueryStep.Of).ToList())).ToList();
    }

    /// <summary>One query with its history, or null when the patient has no query <paramref name="number"/>.</summary>
    public static async Task<FieldQuery?> FindAsync(LutetiaDbContext db, string patientId, int number, CancellationToken cancellation) =>
        await LoadAsync(db, db.Set<FieldQueryRow>().Where(q => q.PatientId == patientId && q.Number == number), cancellation).ConfigureAwait(false)
            is [var query] ? query : null;

    /// <summary>The refusal for a query that does not exist.</summary>
    public static Refusal Missing(string patientId, int number) =>
        Refusal.NotFound(string.Create(CultureInfo.InvariantCulture, $"patient {patientId} has no query {number}"));

    /// <summary>What the audit trail gives as the reason of a step: <c>query P1/Q2: answer</c>.</summary>
    public static string Reason(string patientId, int number, QueryAction action) =>
        string.Create(CultureInfo.InvariantCulture, $"query {patientId}/Q{number}: {Lutetia.Domain.Codes<QueryAction>.ToCode(action)}");
}
