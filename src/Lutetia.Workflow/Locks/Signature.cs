using System.Globalization;
using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Workflow.Locks;

/// <summary>
/// The electronic signature of a lock or an unlock: the password re-entered must be the account's
/// (Identity's hash check). A wrong one counts like a wrong password at sign-in (docs/security.md, Signature passwords):
/// Identity's lockout applies, and a locked account cannot sign until the lockout ends; a right one
/// clears the count. An empty one is a form not filled in, not a guess: it does not count. Every
/// refusal names the field <see cref="Field"/>, so that the page counts it like a failed sign-in.
/// </summary>
public static class Signature
{
    /// <summary>The field of the refusals: the password re-entered.</summary>
    public const string Field = "password";

    /// <summary>Null when <paramref name="password"/> is the account's own, else the refusal; nothing is signed then.</summary>
    internal static async Task<Refusal?> CheckAsync(UserManager<LutetiaUser> users, Account actor, string? password, string what)
    {
        var name = actor.UserName;
        if (await users.FindByNameAsync(name).ConfigureAwait(false) is not { } account)
            return Rejected($"the account {name} no longer exists: nothing was signed");
        if (await users.IsLockedOutAsync(account).ConfigureAwait(false))
            return Rejected(
                $"{name}'s account is locked after too many wrong passwords (at sign-in or when signing) until " +
                $"{RecordLocks.Time((await users.GetLockoutEndDateAsync(account).ConfigureAwait(false))!.Value.UtcDateTime)}: nothing was signed; wait, or ask another coordinator");
        if (string.IsNullOrEmpty(password))
            return Rejected($"to sign the {what}, enter your password ({name}'s); nothing was signed");
        if (!await users.CheckPasswordAsync(account, password).ConfigureAwait(false))
        {
            await users.AccessFailedAsync(account).ConfigureAwait(false);
            return Rejected(
                $"the password given to sign the {what} is not {name}'s: re-enter your own password to sign; nothing was signed " +
                $"(wrong passwords count like wrong sign-ins: {users.Options.Lockout.MaxFailedAccessAttempts} in a row lock the account for " +
                $"{users.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes.ToString(CultureInfo.InvariantCulture)} minutes)");
        }
        await users.ResetAccessFailedCountAsync(account).ConfigureAwait(false);
        return null;
    }

    /// <summary>Whether a refusal is the signature's: a wrong password, an empty one, a locked or vanished account.</summary>
    public static bool Rejects(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Kind == RefusalKind.Invalid && refusal.Fields.Any(f => f.Field == Field);
    }

    private static Refusal Rejected(string message) => Refusal.Invalid(message, new FieldProblem(Field, message));
}
