using Lutetia.Intake;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Queries;

/// <summary>
/// The records of a patient a query may be raised on, table by table in insertion order, and the
/// fields of those tables: what the form of <see cref="RaiseQuery"/> offers. Who may: those who
/// raise queries (the matrix's QueryRaise).
/// </summary>
public sealed class QueryTargets(LutetiaDbContext db) : IUseCase
{
    /// <summary>The tables of a patient's forms in their order, then measurements (the lesion grid edits them, a query may be raised on one).</summary>
    private static readonly string[] Tables = [.. CohortRecords.Tables.Where(t => t != "measurements"), "measurements"];

    public async Task<Result<QueryChoices>> RunAsync(Account actor, string patientId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await StoredPatients.CentreOfAsync(db, patientId, cancellation).ConfigureAwait(false) is not { } centre)
            return StoredPatients.Missing(patientId);
        if (Permissions.Check(actor, CrfSection.QueryRaise, CrfAccess.Write, "raise a query", centre) is { } forbidden)
            return forbidden;
        var records = new List<QueryTarget>();
        var fields = new List<string>();
        foreach (var table in Tables)
        {
            var rows = await CohortRecords.Rows(db, table, patientId)!.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync(cancellation).ConfigureAwait(false);
            records.AddRange(rows.Select(r => new QueryTarget(table, r.AuditKey)));
            fields.AddRange(CohortFormat.Table(table)!.Columns.Select(c => c.Name).Where(c => !fields.Contains(c)));
        }
        return new QueryChoices(records, fields);
    }
}
