using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Workflow.Accounts;

/// <summary>
/// The holder of an account starts setting up an authenticator app: a new secret key (Identity's,
/// 160 random bits in base 32), shown until a code proves the app has it (<see cref="EnableTwoFactor"/>).
/// It changes the security stamp: the page keeps its own session signed in. Every role, own account only.
/// </summary>
public sealed class StartTwoFactor(LutetiaDbContext db, UserManager<LutetiaUser> manager) : IUseCase
{
    public async Task<Result<string>> RunAsync(Account actor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await manager.FindByNameAsync(actor.UserName).ConfigureAwait(false);
        if (user is null)
            return Refusal.NotFound("the signed-in account no longer exists: sign in again");
        if (user.TwoFactorEnabled)
            return Refusal.Invalid("two-factor sign-in is on already");
        var reset = await AccountSave.SaveAsync(db, actor, null, () => manager.ResetAuthenticatorKeyAsync(user)).ConfigureAwait(false);
        if (reset.Refusal is { } refused)
            return refused;
        return await manager.GetAuthenticatorKeyAsync(user).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Identity made no authenticator key");
    }
}
