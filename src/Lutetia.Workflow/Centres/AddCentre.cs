using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Centres;

/// <summary>
/// The coordinator adds a centre (the coordinator runs centres: docs/security.md, Accounts): an identifier by the
/// format's rule (cohort-format.md, centers.csv: center_id is an id), not yet used, and a name.
/// Saved through the audit trail in the coordinator's name. Refused with a message per field.
/// </summary>
public sealed class AddCentre(LutetiaDbContext db) : IUseCase
{
    public const string IdField = CentreName.IdField;
    public const string NameField = CentreName.NameField;

    public async Task<Result> RunAsync(Account actor, string? id, string? name, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Administration, CrfAccess.Write, "add a centre") is { } forbidden)
            return forbidden;
        id = (id ?? "").Trim();
        var problems = new List<FieldProblem>();
        if (CentreName.Problem(name) is { } nameProblem)
            problems.Add(nameProblem);
        if (!Identifier.IsValid(id))
            problems.Insert(0, new FieldProblem(IdField, $"\"{id}\" is not an identifier: 1 to {Identifier.MaximumLength} characters among A–Z a–z 0–9 _ - (cohort-format.md, identifiers)"));
        else if (await db.Centers.AnyAsync(c => c.CenterId == id, cancellation).ConfigureAwait(false))
            problems.Insert(0, Taken(id));
        if (problems.Count > 0)
            return Refusal.Invalid(problems[0].Message, problems);
        db.Centers.Add(new CenterRow { CenterId = id, Name = name!.Trim() });
        var saved = await AuditedSave.SaveAsync(db, actor, null, cancellation).ConfigureAwait(false);
        if (saved.Refusal is not { } refused)
            return Result.Done;
        db.ChangeTracker.Clear();
        // Another coordinator added the same identifier between the check and the save.
        return refused.KeyTaken ? Refusal.Invalid(Taken(id).Message, Taken(id)) : refused;
    }

    private static FieldProblem Taken(string id) =>
        new(IdField, $"centre {id} already exists: choose another identifier, or rename centre {id}");
}
