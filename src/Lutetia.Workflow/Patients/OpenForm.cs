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
        return new OpenedForm(form, patientId, shape.Columns, shape.KeyColumns, rows, canWrite);
    }
}
