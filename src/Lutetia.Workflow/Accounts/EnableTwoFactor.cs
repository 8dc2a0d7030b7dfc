using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Workflow.Accounts;

/// <summary>
/// The holder of an account proves the authenticator app has the key with its current code, and
/// two-factor sign-in is on; answers the ten recovery codes, shown this once. It changes the
/// security stamp: the page keeps its own session signed in. Every role, own account only.
/// </summary>
public sealed class EnableTwoFactor(LutetiaDbContext db, UserManager<LutetiaUser> manager) : IUseCase
{
    public const int RecoveryCodes = 10;

    public async Task<Result<IReadOnlyList<string>>> RunAsync(Account actor, string? code, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await manager.FindByNameAsync(actor.UserName).ConfigureAwait(false);
        if (user is null)
            return Refusal.NotFound("the signed-in account no longer exists: sign in again");
        if (user.TwoFactorEnabled)
            return Refusal.Invalid("two-factor sign-in is on already");
        if (await manager.GetAuthenticatorKeyAsync(user).ConfigureAwait(false) is null)
            return Refusal.Invalid("set up the authenticator app first");
        var compact = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await manager.VerifyTwoFactorTokenAsync(user, manager.Options.Tokens.AuthenticatorTokenProvider, compact).ConfigureAwait(false))
            return Refusal.Invalid("the code is wrong: enter the 6 digits the app shows now for Lutetia (and check that the phone's clock is right)");
        var enabled = await AccountSave.SaveAsync(db, actor, null, () => manager.SetTwoFactorEnabledAsync(user, true)).ConfigureAwait(false);
        if (enabled.Refusal is { } refused)
            return refused;
        return await RenewRecoveryCodes.GenerateAsync(db, manager, actor, user).ConfigureAwait(false);
    }
}
