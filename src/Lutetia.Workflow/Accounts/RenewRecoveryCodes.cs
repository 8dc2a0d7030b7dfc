using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Workflow.Accounts;

/// <summary>
/// The holder of an account with two-factor sign-in on makes new recovery codes (shown this once);
/// the old ones stop working. Every role, own account only.
/// </summary>
public sealed class RenewRecoveryCodes(LutetiaDbContext db, UserManager<LutetiaUser> manager) : IUseCase
{
    public async Task<Result<IReadOnlyList<string>>> RunAsync(Account actor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await manager.FindByNameAsync(actor.UserName).ConfigureAwait(false);
        if (user is null)
            return Refusal.NotFound("the signed-in account no longer exists: sign in again");
        if (!user.TwoFactorEnabled)
            return Refusal.Invalid("two-factor sign-in is off: turn it on first");
        return await GenerateAsync(db, manager, actor, user).ConfigureAwait(false);
    }

    /// <summary>Ten new recovery codes for <paramref name="user"/>, saved (hashed by Identity's store) in the actor's name.</summary>
    internal static async Task<Result<IReadOnlyList<string>>> GenerateAsync(LutetiaDbContext db, UserManager<LutetiaUser> manager, Account actor, LutetiaUser user)
    {
        IReadOnlyList<string> codes = [];
        var made = await AccountSave.SaveAsync(db, actor, null, async () =>
        {
            codes = [.. await manager.GenerateNewTwoFactorRecoveryCodesAsync(user, EnableTwoFactor.RecoveryCodes).ConfigureAwait(false) ?? []];
            return IdentityResult.Success;
        }).ConfigureAwait(false);
        return made.Refusal is { } refused ? refused : Result<IReadOnlyList<string>>.Success(codes);
    }
}
