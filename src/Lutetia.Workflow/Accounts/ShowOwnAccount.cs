using Lutetia.Storage;
using Lutetia.Storage.Settings;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Workflow.Accounts;

/// <summary>The signed-in account's own state (<see cref="OwnAccount"/>): every role, its own account only.</summary>
public sealed class ShowOwnAccount(LutetiaDbContext db, UserManager<LutetiaUser> manager) : IUseCase
{
    public async Task<Result<OwnAccount>> RunAsync(Account actor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await manager.FindByNameAsync(actor.UserName).ConfigureAwait(false);
        if (user is null)
            return Refusal.NotFound("the signed-in account no longer exists: sign in again");
        var required = await StudySettings.IsOnAsync(db, StudySetting.TwoFactorRequiredForCoordinators, cancellation).ConfigureAwait(false);
        var key = user.TwoFactorEnabled ? null : await manager.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        return new OwnAccount(actor.UserName, user.Role, user.MustChangePassword, user.TwoFactorEnabled, required, key);
    }
}
