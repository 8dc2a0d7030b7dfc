using Lutetia.Domain;
using Lutetia.Storage;

namespace Lutetia.Web.Forms;

/// <summary>
/// The coordinator's accounts (issue 7, roles: "coordinator (… users …)"): list, and create through
/// <see cref="UserAccounts.AddAsync"/>, the code of <c>lutetia user add</c> (same password rules,
/// unique e-mail, an investigator tied to an existing centre, same messages). Neither the password
/// nor its hash is ever read back.
/// </summary>
public static class AccountAdministration
{
    public const string EmailField = "email";
    public const string RoleField = "role";
    public const string CenterField = "center";
    public const string PasswordField = "password";

    /// <summary>The key of the problems <see cref="UserAccounts.AddAsync"/> reports (the whole form's).</summary>
    public const string AccountField = "account";

    public static IReadOnlyList<AccountSummary> List(LutetiaDbContext db, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Projected: the password hash and security stamp never leave the database.
        var users = db.Users.Select(u => new { u.UserName, u.Email, u.Role, u.CenterId, u.LockoutEnd }).AsEnumerable();
        return users.Select(u => new AccountSummary(u.Email ?? u.UserName ?? "", u.Role, u.CenterId, u.LockoutEnd is { } end && end > now))
            .OrderBy(a => a.Email, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Creates an account from the form's text; the role is a code of <see cref="LutetiaRole"/>, the centre empty for the roles without one.</summary>
    public static async Task<Dictionary<string, string>> AddAsync(LutetiaDbContext db, string email, string role, string center, string password)
    {
        ArgumentNullException.ThrowIfNull(db);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        email = email.Trim();
        center = center.Trim();
        if (email.Length == 0)
            problems[EmailField] = "the e-mail is required: the account signs in with it";
        if (!Codes<LutetiaRole>.TryParse(role, out var parsed))
            problems[RoleField] = $"\"{role}\" is not a role: {Codes<LutetiaRole>.Listing()}";
        else if (parsed == LutetiaRole.Investigator && center.Length == 0)
            problems[CenterField] = "an investigator enters and sees only their own centre's patients: choose their centre";
        else if (parsed != LutetiaRole.Investigator && center.Length > 0)
            problems[CenterField] = $"only an investigator belongs to a centre; a {Codes<LutetiaRole>.ToCode(parsed)} sees every centre: leave the centre empty";
        if (password.Length == 0)
            problems[PasswordField] = "the initial password is required";
        if (problems.Count > 0)
            return problems;
        var refused = await UserAccounts.AddAsync(db, email, parsed, center.Length == 0 ? null : center, password).ConfigureAwait(false);
        if (refused.Count > 0)
            problems[AccountField] = string.Join(" ", refused);
        return problems;
    }
}
