using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Centres;

/// <summary>
/// The coordinator renames a centre: a change of stored data, so the reason is required (the audit
/// trail keeps it with the old and the new name, in the coordinator's name). Refused with a message
/// per field: an unknown centre, a bad name, the same name, no reason, another's change meanwhile.
/// </summary>
public sealed class RenameCentre(LutetiaDbContext db) : IUseCase
{
    public const string IdField = CentreName.IdField;
    public const string NameField = CentreName.NameField;
    public const string ReasonField = "reason";

    public async Task<Result> RunAsync(Account actor, string? id, string? name, string? reason, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Administration, CrfAccess.Write, "rename a centre") is { } forbidden)
            return forbidden;
        var problems = new List<FieldProblem>();
        var row = await db.Centers.SingleOrDefaultAsync(c => c.CenterId == id, cancellation).ConfigureAwait(false);
        if (row is null)
            problems.Add(new FieldProblem(IdField, $"there is no centre \"{id}\": choose one of the list"));
        if (CentreName.Problem(name) is { } nameProblem)
            problems.Add(nameProblem);
        if (problems.Count > 0 || row is null)
            return Refusal.Invalid(problems[0].Message, problems);
        var newName = name!.Trim();
        if (string.Equals(row.Name, newName, StringComparison.Ordinal))
            return Invalid(NameField, $"centre {id} is already named \"{row.Name}\": nothing to change");
        row.Name = newName;
        var saved = await AuditedSave.SaveAsync(db, actor, reason?.Trim(), cancellation).ConfigureAwait(false);
        if (saved.Refusal is not { } refused)
            return Result.Done;
        db.ChangeTracker.Clear();
        return refused switch
        {
            { Kind: RefusalKind.Invalid, Message: AuditedSave.ReasonNeeded } => Invalid(ReasonField, ReasonNeeded),
            { Kind: RefusalKind.Invalid, Fields: [{ Field: ReasonField }, ..] } => Invalid(ReasonField, refused.Message),
            { Kind: RefusalKind.Invalid or RefusalKind.Conflict } => Invalid(NameField, refused.Message),
            _ => refused,
        };
    }

    /// <summary>What the reason field says when a rename comes without one (the audit trail refuses it).</summary>
    public const string ReasonNeeded = "Say why the centre is renamed (for example: \"official name of the hospital\"). Nothing was saved.";

    private static Refusal Invalid(string field, string message) => Refusal.Invalid(message, new FieldProblem(field, message));
}
