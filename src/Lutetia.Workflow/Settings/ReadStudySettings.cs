using Lutetia.Storage;
using Lutetia.Storage.Settings;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Settings;

/// <summary>The study-wide settings with the value in force of each, in <see cref="StudySetting.All"/>'s order: the coordinator's (Administration, read).</summary>
public sealed class ReadStudySettings(LutetiaDbContext db) : IUseCase
{
    public async Task<Result<IReadOnlyList<(StudySetting Setting, bool Value)>>> RunAsync(Account actor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Administration, CrfAccess.Read, "see the study settings") is { } forbidden)
            return forbidden;
        return Result<IReadOnlyList<(StudySetting, bool)>>.Success(await StudySettings.AllAsync(db, cancellation).ConfigureAwait(false));
    }
}
