using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Workflow.Accounts;

/// <summary>
/// The coordinator gives an account a random temporary password (returned once, never stored in
/// clear) that it must change at its next sign-in; a lockout is cleared and the account's open
/// sessions end. Refused for a disabled account and for the actor's own (which changes its password
/// on "Your password", with the current one).
/// </summary>
public sealed class ResetPassword(LutetiaDbContext db, UserManager<LutetiaUser> manager) : IUseCase
{
    public async Task<Result<AccountChange>> RunAsync(Account actor, string? email, string? reason, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Administration, CrfAccess.Write, "reset a password") is { } forbidden)
            return forbidden;
        var found = await AccountRules.FindAsync(manager, email).ConfigureAwait(false);
        if (!found.TryGetValue(out var user))
            return found.Refusal!;
        var name = email!.Trim();
        if (user.DisabledAtUtc is not null)
            return Refusal.Invalid($"{name} is disabled: enable it first, then reset its password");
        if (AccountRules.IsActor(actor, user))
            return Refusal.Invalid("this is your own account: change your password on the page \"Your password\" (it asks for the current one)");
        var temporary = TemporaryPassword.Generate();
        foreach (var validator in manager.PasswordValidators)
        {
            var check = await validator.ValidateAsync(manager, user, temporary).ConfigureAwait(false);
            if (!check.Succeeded)
                throw new InvalidOperationException($"a generated temporary password broke the password rule: {check.Errors.First().Description}");
        }
        user.PasswordHash = manager.PasswordHasher.HashPassword(user, temporary);
        user.MustChangePassword = true;
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        var saved = await AccountSave.SaveAsync(db, actor, reason, () => manager.UpdateSecurityStampAsync(user)).ConfigureAwait(false);
        return saved.Refusal is { } refused
            ? refused
            : new AccountChange($"{name} has a temporary password, shown this once: give it to its owner by another channel than e-mail; they must change it when they sign in.",
                temporary);
    }
}
