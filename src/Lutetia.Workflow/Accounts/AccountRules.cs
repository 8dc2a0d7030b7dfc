using System.Globalization;
using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Accounts;

/// <summary>
/// What the account operations (disable, enable, reset, role) share: finding the
/// account by its e-mail, knowing whether it is the actor's own or the last active coordinator, and
/// the words for a role. The web application's accounts page and <c>lutetia user</c> call the same
/// use cases, so they refuse the same things with the same words.
/// </summary>
internal static class AccountRules
{
    public const string EmailField = "email";

    /// <summary>The account whose e-mail is <paramref name="email"/>, or the refusal: none chosen, or none such.</summary>
    public static async Task<Result<LutetiaUser>> FindAsync(UserManager<LutetiaUser> manager, string? email)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (string.IsNullOrWhiteSpace(email))
            return Refusal.Invalid("choose the account (its e-mail)", new FieldProblem(EmailField, "choose the account (its e-mail)"));
        var user = await manager.FindByEmailAsync(email.Trim()).ConfigureAwait(false);
        return user is null ? Refusal.NotFound($"there is no account \"{email.Trim()}\"") : user;
    }

    /// <summary>Whether <paramref name="user"/> is the acting account itself.</summary>
    public static bool IsActor(Account actor, LutetiaUser user) =>
        string.Equals(actor.UserName, user.UserName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="user"/> is an enabled coordinator and no other enabled coordinator exists.</summary>
    public static async Task<bool> IsLastActiveCoordinatorAsync(LutetiaDbContext db, LutetiaUser user, CancellationToken cancellation) =>
        user.Role == LutetiaRole.Coordinator && user.DisabledAtUtc is null
        && !await db.Users.AsNoTracking()
            .AnyAsync(u => u.Id != user.Id && u.Role == LutetiaRole.Coordinator && u.DisabledAtUtc == null, cancellation).ConfigureAwait(false);

    /// <summary>"investigator of centre C2", "reviewer".</summary>
    public static string Describe(LutetiaRole role, string? centerId) =>
        Codes<LutetiaRole>.ToCode(role) + (centerId is null ? "" : $" of centre {centerId}");

    public static string Stamp(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
