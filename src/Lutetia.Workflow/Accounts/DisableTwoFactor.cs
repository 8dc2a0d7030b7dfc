using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Workflow.Accounts;

/// <summary>
/// The holder of an account turns two-factor sign-in off with their password (a wrong one counts
/// towards the lockout); the old key, perhaps on a lost phone, and the recovery codes are worth
/// nothing after. Refused to a coordinator while the study requires two factors of coordinators.
/// It changes the security stamp: the page keeps its own session signed in. Every role, own account only.
/// </summary>
public sealed class DisableTwoFactor(LutetiaDbContext db, UserManager<LutetiaUser> manager, ShowOwnAccount own) : IUseCase
{
    public async Task<Result> RunAsync(Account actor, string? password, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var state = await own.RunAsync(actor, cancellation).ConfigureAwait(false);
        if (!state.TryGetValue(out var account))
            return Result.Refused(state.Refusal!);
        if (!account.TwoFactorEnabled)
            return Refusal.Invalid("two-factor sign-in is off already");
        if (!account.MayTurnTwoFactorOff)
            return Refusal.Forbidden("the study requires coordinators to sign in with two factors: it cannot be turned off");
        var user = await manager.FindByNameAsync(actor.UserName).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"the account {actor.UserName} was just read");
        if (!await manager.CheckPasswordAsync(user, password ?? "").ConfigureAwait(false))
        {
            await AccountSave.SaveAsync(db, actor, null, () => manager.AccessFailedAsync(user)).ConfigureAwait(false);
            return Refusal.Invalid("the password is wrong");
        }
        return await AccountSave.SaveAsync(db, actor, null, async () =>
        {
            var off = await manager.SetTwoFactorEnabledAsync(user, false).ConfigureAwait(false);
            if (!off.Succeeded)
                return off;
            var reset = await manager.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false);
            if (!reset.Succeeded)
                return reset;
            await manager.GenerateNewTwoFactorRecoveryCodesAsync(user, 0).ConfigureAwait(false);
            return IdentityResult.Success;
        }).ConfigureAwait(false);
    }
}
