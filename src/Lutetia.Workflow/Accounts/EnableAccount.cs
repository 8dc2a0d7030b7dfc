using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Workflow.Accounts;

/// <summary>The coordinator enables a disabled account again, with the password it had (reset it if needed).</summary>
public sealed class EnableAccount(LutetiaDbContext db, UserManager<LutetiaUser> manager) : IUseCase
{
    public async Task<Result<AccountChange>> RunAsync(Account actor, string? email, string? reason, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Administration, CrfAccess.Write, "enable an account") is { } forbidden)
            return forbidden;
        var found = await AccountRules.FindAsync(manager, email).ConfigureAwait(false);
        if (!found.TryGetValue(out var user))
            return found.Refusal!;
        var name = email!.Trim();
        if (user.DisabledAtUtc is null)
            return Refusal.Invalid($"{name} is not disabled: it can sign in already");
        user.DisabledAtUtc = null;
        var saved = await AccountSave.SaveAsync(db, actor, reason, () => manager.UpdateAsync(user)).ConfigureAwait(false);
        return saved.Refusal is { } refused ? refused : new AccountChange($"{name} is enabled: it can sign in again.");
    }
}
