using Lutetia.Domain;
using Lutetia.Intake;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Forms;

/// <summary>
/// The coordinator's centres (issue 7, roles: "coordinator (centres, …)"): list, add, rename. Every
/// write goes through <see cref="LutetiaDbContext"/>, so the audit trail records it in the signed-in
/// account's name and a rename needs a reason like every change after the first save. Each method
/// returns the problems by form field (empty: saved).
/// </summary>
public static class CenterAdministration
{
    public const string IdField = "center_id";
    public const string NameField = "name";
    public const string ReasonField = "reason";

    /// <summary>centers.csv's name column: the format's text rule and declared length (the database's, CohortModel) hold on this page too.</summary>
    private static readonly FieldSpec NameColumn = CohortFormat.Table("centers")!.Column("name")!;

    /// <summary>The longest display name the database stores (centers.name, CohortModel).</summary>
    public static int NameMaximumLength => NameColumn.MaximumLength;

    public static IReadOnlyList<CenterSummary> List(LutetiaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counts = db.Patients.AsNoTracking().GroupBy(p => p.CenterId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionary(g => g.Key, g => g.Count, StringComparer.Ordinal);
        return db.Centers.AsNoTracking().OrderBy(c => c.Sequence).Select(c => new { c.CenterId, c.Name }).AsEnumerable()
            .Select(c => new CenterSummary(c.CenterId, c.Name, counts.GetValueOrDefault(c.CenterId))).ToList();
    }

    /// <summary>Adds a centre: an identifier by the format's rule (cohort-format.md, centers.csv: center_id is an id), not yet used, and a name.</summary>
    public static async Task<Dictionary<string, string>> AddAsync(LutetiaDbContext db, string id, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        id = id.Trim();
        var problems = CheckName(name);
        if (!Identifier.IsValid(id))
            problems[IdField] = $"\"{id}\" is not an identifier: 1 to {Identifier.MaximumLength} characters among A–Z a–z 0–9 _ - (cohort-format.md, identifiers)";
        else if (await db.Centers.AnyAsync(c => c.CenterId == id, cancellationToken).ConfigureAwait(false))
            problems[IdField] = $"centre {id} already exists: choose another identifier, or rename centre {id}";
        if (problems.Count > 0)
            return problems;
        db.Centers.Add(new CenterRow { CenterId = id, Name = name.Trim() });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another coordinator added the same identifier between the check and the save.
            db.ChangeTracker.Clear();
            if (!await db.Centers.AnyAsync(c => c.CenterId == id, cancellationToken).ConfigureAwait(false))
                throw;
            problems[IdField] = $"centre {id} already exists: choose another identifier, or rename centre {id}";
        }
        return problems;
    }

    /// <summary>Renames a centre; the reason is required (a change after the first save), the storage layer enforces it.</summary>
    public static async Task<Dictionary<string, string>> RenameAsync(LutetiaDbContext db, string id, string name, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var problems = CheckName(name);
        var row = await db.Centers.SingleOrDefaultAsync(c => c.CenterId == id, cancellationToken).ConfigureAwait(false);
        if (row is null)
            problems[IdField] = $"there is no centre \"{id}\": choose one of the list";
        if (problems.Count > 0 || row is null)
            return problems;
        if (string.Equals(row.Name, name.Trim(), StringComparison.Ordinal))
        {
            problems[NameField] = $"centre {id} is already named \"{row.Name}\": nothing to change";
            return problems;
        }
        row.Name = name.Trim();
        db.Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (AuditReasonRequiredException e)
        {
            db.ChangeTracker.Clear();
            problems[ReasonField] = $"Say why the centre is renamed: {e.Message}";
        }
        catch (ConcurrencyConflictException e)
        {
            db.ChangeTracker.Clear();
            problems[NameField] = e.Message;
        }
        catch (StoredValueRefusedException e)
        {
            db.ChangeTracker.Clear();
            problems[e.Table.Length == 0 ? ReasonField : NameField] = e.Message;
        }
        return problems;
    }

    private static Dictionary<string, string> CheckName(string name)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(name))
            problems[NameField] = "the centre's name is required (cohort-format.md, centers.csv: name)";
        else if (NameColumn.Check(name) is { } issue)
            problems[NameField] = $"the centre's name: {RowCells.Message(issue)}";
        return problems;
    }
}
