using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// Who may open or save a form of a patient: the matrix for the form's section, on the centre the
/// patient has in the database; a patient the account does not see is not found (an investigator
/// does not learn that another centre's pseudonym exists). The reads form of an account that does
/// not see central reads holds the local reads only.
/// </summary>
internal static class FormAccess
{
    /// <summary>The table the account works on and whether it may change it, or the refusal.</summary>
    public static async Task<Result<(CrfTable Table, bool CanWrite)>> CheckAsync(LutetiaDbContext db, Account actor, CrfForm form, string patientId,
        CrfAccess access, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(form);
        var what = (access == CrfAccess.Write ? "change " : "see ") + (form.CreatesPatient ? "a new patient" : form.Table.Name);
        if (form.CreatesPatient)
        {
            if (Permissions.Check(actor, form.Section, access, what) is { } forbidden)
                return forbidden;
            return (form.Table, Permissions.Allows(actor, form.Section, CrfAccess.Write));
        }
        var center = await db.Patients.AsNoTracking().Where(p => p.PatientId == patientId).Select(p => p.CenterId)
            .FirstOrDefaultAsync(cancellation).ConfigureAwait(false);
        if (center is null || !Permissions.Reaches(actor, center))
            return Refusal.NotFound($"there is no patient {patientId} you may see");
        if (Permissions.Check(actor, form.Section, access, what, center) is { } refused)
            return refused;
        var table = form.Table;
        if (ReadBlinding.ShowsReads(form.Section))
        {
            var blinding = await ReadBlinding.ForAsync(db, actor, center, cancellation).ConfigureAwait(false);
            if (blinding.Refuses(form.Section, patientId))
                return Refusal.Forbidden($"patient {patientId} has an exam waiting for its central read: its reads are hidden from a reviewer until then");
            if (ReferenceEquals(table, CrfTable.Reads) && blinding.HidesCentralReads)
                table = CrfTable.LocalReads;
        }
        return (table, Permissions.Allows(actor, form.Section, CrfAccess.Write, center));
    }
}
