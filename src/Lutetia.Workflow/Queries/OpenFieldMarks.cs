using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Patients;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Queries;

/// <summary>
/// The query links and markers of one table's form of a patient (<see cref="FieldMarks"/>): read
/// from the database for the account. Who may: those who see the patient's queries (the matrix's
/// Queries); the raise links for those who raise them (QueryRaise) — both on the patient's centre.
/// An account that sees neither gets no mark (the form itself says whether it may be seen).
/// </summary>
public sealed class OpenFieldMarks(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<FieldMarks>> RunAsync(Account actor, string patientId, string table, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await StoredPatients.CentreOfAsync(db, patientId, cancellation).ConfigureAwait(false) is not { } centre
            || !Permissions.Reaches(actor, centre))
            return StoredPatients.Missing(patientId);
        if (!Permissions.Allows(actor, CrfSection.Queries, CrfAccess.Read, centre) || CohortRecords.Rows(db, table, patientId) is not { } rows)
            return FieldMarks.None(patientId, table);
        var stored = await rows.AsNoTracking().ToListAsync(cancellation).ConfigureAwait(false);
        var keys = stored.ToDictionary(FormRows.Key, r => r.AuditKey, StringComparer.Ordinal);
        var rowOf = stored.ToDictionary(r => r.AuditKey, FormRows.Key, StringComparer.Ordinal);
        var queries = await StoredQueries.LoadAsync(db, db.Set<FieldQueryRow>().Where(q => q.PatientId == patientId && q.Entity == table), cancellation)
            .ConfigureAwait(false);
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var query in queries.Where(q => q.Status != QueryStatus.Closed))
        {
            if (rowOf.TryGetValue(query.EntityKey, out var row))
                open.TryAdd(FormRows.Cell(row, query.Field), query.Number);
        }
        return new FieldMarks(patientId, table, Permissions.Allows(actor, CrfSection.QueryRaise, CrfAccess.Write, centre), keys, open);
    }
}
