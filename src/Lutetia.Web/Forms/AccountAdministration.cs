using Lutetia.Domain;
using Lutetia.Storage;
using Microsoft.AspNetCore.Identity;

namespace Lutetia.Web.Forms;

/// <summary>
/// The coordinator's accounts (issue 7, roles: "coordinator (… users …)"; issue 11, item 5): the
/// list is <see cref="AccountLifeCycle.ListAsync"/>; create through <see cref="UserAccounts.AddAsync"/>, the code of <c>lutetia user add</c> (same
/// password rule, unique e-mail, an investigator tied to an existing centre, same messages); disable,
/// enable, reset the password and change the role through <see cref="AccountLifeCycle"/>, the code of
/// <c>lutetia user disable|enable|reset|role</c>. Neither a password nor its hash is ever read back.
/// </summary>
public static class AccountAdministration
{
    public const string EmailField = "email";
    public const string RoleField = "role";
    public const string CenterField = "center";
    public const string PasswordField = "password";

    /// <summary>The key of the problems <see cref="UserAccounts.AddAsync"/> reports (the whole form's).</summary>
    public const string AccountField = "account";

    /// <summary>Creates an account from the form's text; the role is a code of <see cref="LutetiaRole"/>, the centre empty for the roles without one.</summary>
    public static async Task<Dictionary<string, string>> AddAsync(LutetiaDbContext db, string email, string role, string center, string password)
    {
        ArgumentNullException.ThrowIfNull(db);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        email = email.Trim();
        center = center.Trim();
        if (email.Length == 0)
            problems[EmailField] = "the e-mail is required: the account signs in with it";
        if (RoleProblem(role, center, out var parsed) is { } problem)
            problems[problem.Field] = problem.Message;
        if (password.Length == 0)
            problems[PasswordField] = "the initial password is required";
        if (problems.Count > 0)
            return problems;
        var refused = await UserAccounts.AddAsync(db, email, parsed, center.Length == 0 ? null : center, password).ConfigureAwait(false);
        if (refused.Count > 0)
            problems[AccountField] = string.Join(" ", refused);
        return problems;
    }

    /// <summary>Changes an account's role and centre from the form's text (the same checks as creating one).</summary>
    public static async Task<AccountOutcome> ChangeRoleAsync(UserManager<LutetiaUser> manager, LutetiaDbContext db, string email, string role, string center, string reason)
    {
        center = center.Trim();
        if (RoleProblem(role, center, out var parsed) is { } problem)
            return AccountOutcome.Refused(problem.Message);
        return await AccountLifeCycle.ChangeRoleAsync(manager, db, email, parsed, center.Length == 0 ? null : center, Reason(reason)).ConfigureAwait(false);
    }

    /// <summary>An optional reason: blank is none.</summary>
    public static string? Reason(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static (string Field, string Message)? RoleProblem(string role, string center, out LutetiaRole parsed)
    {
        if (!Codes<LutetiaRole>.TryParse(role, out parsed))
            return (RoleField, $"\"{role}\" is not a role: {Codes<LutetiaRole>.Listing()}");
        if (parsed == LutetiaRole.Investigator && center.Length == 0)
            return (CenterField, "an investigator enters and sees only their own centre's patients: choose their centre");
        if (parsed != LutetiaRole.Investigator && center.Length > 0)
            return (CenterField, $"only an investigator belongs to a centre; a {Codes<LutetiaRole>.ToCode(parsed)} sees every centre: leave the centre empty");
        return null;
    }
}
