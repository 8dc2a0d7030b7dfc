using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// Opens one case report form of a patient (or the new-patient form): the rows as stored now, each
/// with its version. Who may: whoever the matrix lets read the form's section, on the patient's
/// centre; whether they may change it comes with it.
/// </summary>
public sealed class OpenForm(LutetiaDbContext db) : IUseCase
{
    /// <summary>How many free keys are proposed: more than a page shows blank rows.</summary>
    private const int ProposedRows = 12;

    public async Task<Result<OpenedForm>> RunAsync(Account actor, CrfForm form, string patientId, CancellationToken cancellation)
    {
        var access = await FormAccess.CheckAsync(db, actor, form, patientId, CrfAccess.Read, cancellation).ConfigureAwait(false);
        if (access.Refusal is { } refused)
            return refused;
        var (table, canWrite) = access.Value;
        var shape = FormShape.Of(db, form, table);
        var stored = form.CreatesPatient
            ? []
            : await table.RowsOf(db, patientId).AsNoTracking().ToListAsync(cancellation).ConfigureAwait(false);
        var rows = stored.Select(r => new OpenedRow(FormRows.Key(r), r.Version, shape.Texts(FormRows.Key(r), r), r.AuditKey)).ToList();
        var proposal = form.CreatesPatient || !form.CanAdd ? null : await KeyProposal.ForAsync(db, table, patientId, stored, cancellation).ConfigureAwait(false);
        return new OpenedForm(form, patientId, shape.Columns, shape.KeyColumns, rows, canWrite)
        {
            ProposedColumn = proposal?.Column,
            Proposed = proposal?.Preview(ProposedRows) ?? [],
        };
    }
}
