using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Workflow.Accounts;

namespace Lutetia.Web.Forms;

/// <summary>
/// The coordinator's accounts form (the coordinator runs the accounts: docs/security.md, Accounts):
/// reads the posted text into what <see cref="CreateAccount"/> and <see cref="ChangeRole"/> take —
/// the role a code of <see cref="LutetiaRole"/>, the centre given for an investigator only — and says
/// what is missing beside its field. The use cases (the code of <c>lutetia user</c> too) check the
/// rest: the password rule, a unique e-mail, an existing centre. Neither a password nor its hash is
/// ever read back.
/// </summary>
public static class AccountAdministration
{
    public const string EmailField = "email";
    public const string RoleField = "role";
    public const string CenterField = "center";
    public const string PasswordField = "password";

    /// <summary>The key of the problems <see cref="CreateAccount"/> reports (the whole form's).</summary>
    public const string AccountField = CreateAccount.AccountField;

    /// <summary>The problems of the creation form by field (empty: <paramref name="parsed"/> is the role to create).</summary>
    public static Dictionary<string, string> CheckNew(string email, string role, string center, string password, out LutetiaRole parsed)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(center);
        ArgumentNullException.ThrowIfNull(password);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (email.Trim().Length == 0)
            problems[EmailField] = "the e-mail is required: the account signs in with it";
        if (RoleProblem(role, center.Trim(), out parsed) is { } problem)
            problems[problem.Field] = problem.Message;
        if (password.Length == 0)
            problems[PasswordField] = "the initial password is required";
        return problems;
    }

    /// <summary>An optional centre: blank is none.</summary>
    public static string? Center(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>An optional reason: blank is none.</summary>
    public static string? Reason(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>What is wrong with the role and centre of the form (null when nothing).</summary>
    public static (string Field, string Message)? RoleProblem(string role, string center, out LutetiaRole parsed)
    {
        ArgumentNullException.ThrowIfNull(center);
        if (!Codes<LutetiaRole>.TryParse(role, out parsed))
            return (RoleField, $"\"{role}\" is not a role: {Codes<LutetiaRole>.Listing()}");
        if (parsed == LutetiaRole.Investigator && center.Length == 0)
            return (CenterField, "an investigator enters and sees only their own centre's patients: choose their centre");
        if (parsed != LutetiaRole.Investigator && center.Length > 0)
            return (CenterField, $"only an investigator belongs to a centre; a {Codes<LutetiaRole>.ToCode(parsed)} sees every centre: leave the centre empty");
        return null;
    }
}
