using Lutetia.Storage;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// Who may open or save a form of a patient: the matrix for the form's section, on the centre the
/// patient has in the database; a patient the account does not see is not found (an investigator
/// does not learn that another centre's pseudonym exists). The reads form of an account that does
/// not see central reads holds the local reads only. A locked record's forms cannot be changed.
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
        var found = await PatientCentre.OfAsync(db, actor, patientId, cancellation).ConfigureAwait(false);
        if (found.Refusal is { } notFound)
            return notFound;
        var center = found.Value;
        if (Permissions.Check(actor, form.Section, access, what, center) is { } refused)
            return refused;
        var table = form.Table;
        if (ReadBlinding.ShowsReads(form.Section))
        {
            var reads = await PatientCentre.ReadsAsync(db, actor, patientId, form.Section, what, cancellation).ConfigureAwait(false);
            if (reads.Refusal is { } hidden)
                return hidden;
            if (ReferenceEquals(table, CrfTable.Reads) && reads.Value.HidesCentralReads)
                table = CrfTable.LocalReads;
        }
        // A locked record opens read-only; a save posted to it anyway is refused by the record lock in the save path.
        return (table, Permissions.Allows(actor, form.Section, CrfAccess.Write, center)
                       && !await Locks.RecordLocks.IsLockedAsync(db, patientId, cancellation).ConfigureAwait(false));
    }
}
