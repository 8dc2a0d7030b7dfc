using Lutetia.Storage;
using Lutetia.Storage.Settings;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Settings;

/// <summary>
/// The coordinator changes a study-wide setting (<see cref="StudySetting"/>: the release of the
/// central reads, two factors for coordinators). Every change is a study decision: the reason is
/// required, and the audit trail keeps it with the change in the coordinator's name. The key and
/// the value come as the form posts them and are checked here. Answers whether the value changed
/// (false: it was in force already, nothing written). The settings page and the central-reads page
/// both save through it.
/// </summary>
public sealed class ChangeStudySetting(LutetiaDbContext db) : IUseCase
{
    public const string KeyField = "key";
    public const string ValueField = "value";
    public const string ReasonField = "reason";

    public async Task<Result<bool>> RunAsync(Account actor, string? key, string? value, string? reason, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Administration, CrfAccess.Write, "change a study setting") is { } forbidden)
            return forbidden;
        if (StudySetting.Find(key ?? "") is not { } setting)
            return Invalid(KeyField, $"\"{key}\" is not a setting: {string.Join(", ", StudySetting.All.Select(s => s.Key))}");
        if (value is not (StudySetting.Yes or StudySetting.No))
            return Invalid(ValueField, $"\"{value}\" is not a value of {setting.Key}: {StudySetting.Yes} or {StudySetting.No}");
        if (string.IsNullOrWhiteSpace(reason))
            return Invalid(ReasonField, $"Say why {setting.Key} changes (for example: \"central review closed on 2026-12-01\"). Nothing was saved.");
        if (!await StudySettings.StageAsync(db, setting, value == StudySetting.Yes, cancellation).ConfigureAwait(false))
            return false;
        var saved = await AuditedSave.SaveAsync(db, actor, reason.Trim(), cancellation).ConfigureAwait(false);
        if (saved.Refusal is { } refused)
        {
            db.ChangeTracker.Clear();
            return refused;
        }
        return true;
    }

    private static Refusal Invalid(string field, string message) => Refusal.Invalid(message, new FieldProblem(field, message));
}
