using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Patients;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Imaging;

/// <summary>
/// Saves a lesion grid: a measurement for every lesion with a value, none for a lesion left empty,
/// all or nothing, with its reason, through the audit trail. The grid is the one the server opened
/// (<see cref="OpenLesionGrid"/>): each measurement starts from what was stored then, with its
/// version, so that someone else's save since is a conflict naming them; the old values the trail
/// records are read again from the database when saving (the server is the only source of truth). Every cell is checked with the
/// format's rule for its column. Who may: whoever the matrix lets write imaging, on the patient's
/// centre as stored (the read's blinding was checked when the grid was opened).
/// </summary>
public sealed class SaveLesionGrid(LutetiaDbContext db) : IUseCase
{
    /// <summary>What the grid says when a cell breaks a rule.</summary>
    public const string CellsToCorrect = "Nothing was saved: correct the cells marked in red.";

    /// <summary>What the grid says when a change of saved measurements comes without a reason.</summary>
    public const string ReasonNeeded =
        "These measurements were saved before: give a reason for the change (for example: \"re-measured on the source images\"). Nothing was saved.";

    private const string DatabaseRefused = "The database refused the measurements (a lesion or the read was deleted meanwhile). Nothing was saved: reload the page.";

    /// <summary>Saves <paramref name="values"/> (cell → text, <see cref="LesionGridData.Cell"/>; a cell not given is empty) over the grid opened.</summary>
    public async Task<Result> RunAsync(Account actor, LesionGridData opened, IReadOnlyDictionary<string, string> values, string? reason,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(values);
        var read = opened.Read;
        var center = await db.Patients.AsNoTracking().Where(p => p.PatientId == read.PatientId).Select(p => p.CenterId)
            .FirstOrDefaultAsync(cancellation).ConfigureAwait(false);
        // Which reads the account may see was decided when the grid was opened (OpenLesionGrid), as before
        // this layer: asking again at each save would scan the central reads twice per request.
        if (center is null || !Permissions.Reaches(actor, center))
            return Refusal.NotFound($"Patient {read.PatientId} has no read {read.ReadId} you may see.");
        if (Permissions.Check(actor, CrfSection.Imaging, CrfAccess.Write, "change the measurements", center) is { } refused)
            return refused;
        var issues = Issues(opened, values);
        if (issues.Count > 0)
            return Refusal.Invalid(CellsToCorrect, issues);
        Result saved;
        try
        {
            Apply(opened, values);
            saved = await AuditedSave.SaveAsync(db, actor, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), cancellation).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            return Refusal.Invalid(DatabaseRefused);
        }
        finally
        {
            CohortRowTracking.Forget(db);
        }
        return saved.Refusal switch
        {
            null => Result.Done,
            { Kind: RefusalKind.Conflict, KeyTaken: true } => Refusal.Invalid(DatabaseRefused),
            { Kind: RefusalKind.Invalid, Message: AuditedSave.ReasonNeeded } => Refusal.Invalid(ReasonNeeded, new FieldProblem("reason", ReasonNeeded)),
            { Kind: RefusalKind.Invalid } r when r.Fields.All(f => f.Field == "reason") =>
                Refusal.Invalid(r.Message + ".", new FieldProblem("reason", r.Message + ".")),
            { Kind: RefusalKind.Invalid } r => Refusal.Invalid(r.Message + "."),
            var r => r,
        };
    }

    /// <summary>Each cell that breaks its column's rule, with the format's message.</summary>
    private static List<FieldProblem> Issues(LesionGridData opened, IReadOnlyDictionary<string, string> values)
    {
        var issues = new List<FieldProblem>();
        foreach (var lesion in opened.Lesions)
        {
            foreach (var column in opened.Columns)
            {
                var cell = LesionGridData.Cell(lesion.LesionId, column.Name);
                if (column.Check(values.GetValueOrDefault(cell)) is { } issue)
                    issues.Add(new FieldProblem(cell, RowCells.Message(issue)));
            }
        }
        return issues;
    }

    /// <summary>The measurements as the grid says, each stored one starting from what it held (and its version) when the grid was opened.</summary>
    private void Apply(LesionGridData opened, IReadOnlyDictionary<string, string> values)
    {
        foreach (var lesion in opened.Lesions)
        {
            var any = opened.Columns.Any(c => (values.GetValueOrDefault(LesionGridData.Cell(lesion.LesionId, c.Name)) ?? "").Trim().Length > 0);
            var row = opened.Stored.TryGetValue(lesion.LesionId, out var stored) ? Copy(stored) : null;
            if (row is not null)
                db.Attach(row);
            if (!any)
            {
                if (row is not null)
                    db.Remove(row);
                continue;
            }
            if (row is null)
            {
                row = new MeasurementRow { ReadId = opened.Read.ReadId, LesionId = lesion.LesionId, PatientId = opened.Read.PatientId };
                db.Add(row);
            }
            for (var i = 0; i < opened.Columns.Count; i++)
            {
                var property = opened.Properties[i];
                RowCells.TryParse(property, opened.Columns[i], values.GetValueOrDefault(LesionGridData.Cell(lesion.LesionId, opened.Columns[i].Name)), out var value);
                db.Entry(row).Property(property.Name).CurrentValue = value;
            }
        }
    }

    /// <summary>A copy of the measurement as opened: the grid keeps its own, unchanged, for the next attempt.</summary>
    private static MeasurementRow Copy(MeasurementRow m) => new()
    {
        Sequence = m.Sequence,
        Version = m.Version,
        ReadId = m.ReadId,
        LesionId = m.LesionId,
        PatientId = m.PatientId,
        DiameterMm = m.DiameterMm,
        TooSmallToMeasure = m.TooSmallToMeasure,
        NonTargetStatus = m.NonTargetStatus,
        Krenning = m.Krenning,
        SuvMax = m.SuvMax,
        SulPeak = m.SulPeak,
    };
}
