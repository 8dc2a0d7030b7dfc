using Lutetia.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage;

/// <summary>
/// The life of an account after <see cref="UserAccounts.AddAsync"/> (issue 11, item 5): disable,
/// enable, reset the password to a temporary one, change the role and centre. The web application's
/// accounts page and <c>lutetia user</c> both call these, so they refuse the same things with the
/// same words. Each is one audited save of the user row (<see cref="LutetiaDbContext.CurrentUser"/>
/// is the actor, the reason given is kept with the entry); each that takes a right away changes the
/// security stamp, which ends the account's open sessions.
/// The context passed with the manager is the context of its store.
/// </summary>
public static class AccountLifeCycle
{
    /// <summary>Every account, by e-mail: what the coordinator sees of it (no secret).</summary>
    public static async Task<IReadOnlyList<AccountLine>> ListAsync(LutetiaDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Projected: the password hash, the stamps and the tokens never leave the database.
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.UserName, u.Email, u.Role, u.CenterId, u.DisabledAtUtc, u.LockoutEnd, u.TwoFactorEnabled, u.MustChangePassword })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return users
            .Select(u => new AccountLine(u.Email ?? u.UserName ?? "", u.Role, u.CenterId, u.DisabledAtUtc,
                u.LockoutEnd is { } end && end > now, u.TwoFactorEnabled, u.MustChangePassword))
            .OrderBy(a => a.Email, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Disables an account: it can no longer sign in, and its open sessions end (the security stamp changes).</summary>
    public static async Task<AccountOutcome> DisableAsync(UserManager<LutetiaUser> manager, LutetiaDbContext db, string email, string? reason, DateTime nowUtc)
    {
        var (user, refused) = await FindAsync(manager, db, email).ConfigureAwait(false);
        if (user is null)
            return refused!;
        if (user.DisabledAtUtc is { } since)
            return AccountOutcome.Refused($"{email} is already disabled (since {Stamp(since)})");
        if (IsActor(db, user))
            return AccountOutcome.Refused("you cannot disable your own account: another coordinator must do it");
        if (await IsLastActiveCoordinatorAsync(db, user).ConfigureAwait(false))
            return AccountOutcome.Refused($"{email} is the last active coordinator: nobody could administer the study any more. Create or enable another coordinator first");
        user.DisabledAtUtc = nowUtc;
        db.Reason = reason;
        return Saved(await manager.UpdateSecurityStampAsync(user).ConfigureAwait(false),
            $"{email} is disabled: it cannot sign in, and its open sessions end.");
    }

    /// <summary>Enables a disabled account again (with the password it had; reset it if needed).</summary>
    public static async Task<AccountOutcome> EnableAsync(UserManager<LutetiaUser> manager, LutetiaDbContext db, string email, string? reason)
    {
        var (user, refused) = await FindAsync(manager, db, email).ConfigureAwait(false);
        if (user is null)
            return refused!;
        if (user.DisabledAtUtc is null)
            return AccountOutcome.Refused($"{email} is not disabled: it can sign in already");
        user.DisabledAtUtc = null;
        db.Reason = reason;
        return Saved(await manager.UpdateAsync(user).ConfigureAwait(false), $"{email} is enabled: it can sign in again.");
    }

    /// <summary>
    /// Gives the account a random temporary password (returned once, never stored in clear) that it
    /// must change at its next sign-in; clears a lockout; ends its open sessions.
    /// </summary>
    public static async Task<AccountOutcome> ResetPasswordAsync(UserManager<LutetiaUser> manager, LutetiaDbContext db, string email, string? reason)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var (user, refused) = await FindAsync(manager, db, email).ConfigureAwait(false);
        if (user is null)
            return refused!;
        if (user.DisabledAtUtc is not null)
            return AccountOutcome.Refused($"{email} is disabled: enable it first, then reset its password");
        if (IsActor(db, user))
            return AccountOutcome.Refused("this is your own account: change your password on the page \"Your password\" (it asks for the current one)");
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
        db.Reason = reason;
        return Saved(await manager.UpdateSecurityStampAsync(user).ConfigureAwait(false),
            $"{email} has a temporary password, shown this once: give it to its owner by another channel than e-mail; they must change it when they sign in.",
            temporary);
    }

    /// <summary>Changes the role and centre (the rules of <see cref="UserAccounts.AddAsync"/>); the account's open sessions end, so the new rights apply at once.</summary>
    public static async Task<AccountOutcome> ChangeRoleAsync(UserManager<LutetiaUser> manager, LutetiaDbContext db, string email, LutetiaRole role, string? centerId, string? reason)
    {
        var (user, refused) = await FindAsync(manager, db, email).ConfigureAwait(false);
        if (user is null)
            return refused!;
        centerId = string.IsNullOrWhiteSpace(centerId) ? null : centerId.Trim();
        if (await UserAccounts.CenterProblemAsync(db, role, centerId).ConfigureAwait(false) is { } problem)
            return AccountOutcome.Refused(problem);
        if (user.Role == role && user.CenterId == centerId)
            return AccountOutcome.Refused($"{email} is already {Describe(role, centerId)}: nothing to change");
        if (role != LutetiaRole.Coordinator && await IsLastActiveCoordinatorAsync(db, user).ConfigureAwait(false))
            return AccountOutcome.Refused($"{email} is the last active coordinator: nobody could administer the study any more. Make another account coordinator first");
        user.Role = role;
        user.CenterId = centerId;
        db.Reason = reason;
        return Saved(await manager.UpdateSecurityStampAsync(user).ConfigureAwait(false),
            $"{email} is now {Describe(role, centerId)}; its open sessions end, and it signs in again with the new rights.");
    }

    public static string Describe(LutetiaRole role, string? centerId) =>
        Codes<LutetiaRole>.ToCode(role) + (centerId is null ? "" : $" of centre {centerId}");

    private static async Task<(LutetiaUser? User, AccountOutcome? Refused)> FindAsync(UserManager<LutetiaUser> manager, LutetiaDbContext db, string email)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrWhiteSpace(email))
            return (null, AccountOutcome.Refused("choose the account (its e-mail)"));
        var user = await manager.FindByEmailAsync(email.Trim()).ConfigureAwait(false);
        return user is null ? (null, AccountOutcome.Refused($"there is no account \"{email.Trim()}\"")) : (user, null);
    }

    private static bool IsActor(LutetiaDbContext db, LutetiaUser user) =>
        string.Equals(db.CurrentUser, user.UserName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="user"/> is an enabled coordinator and no other enabled coordinator exists.</summary>
    private static async Task<bool> IsLastActiveCoordinatorAsync(LutetiaDbContext db, LutetiaUser user) =>
        user.Role == LutetiaRole.Coordinator && user.DisabledAtUtc is null
        && !await db.Users.AsNoTracking().AnyAsync(u => u.Id != user.Id && u.Role == LutetiaRole.Coordinator && u.DisabledAtUtc == null).ConfigureAwait(false);

    private static AccountOutcome Saved(IdentityResult result, string message, string? temporaryPassword = null) =>
        result.Succeeded
            ? AccountOutcome.Done(message, temporaryPassword)
            : AccountOutcome.Refused(string.Join(" ", result.Errors.Select(e => e.Description)));

    private static string Stamp(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
