using Lutetia.Domain;

namespace Lutetia.Storage.Workflow;

/// <summary>
/// Who may do what (issue 8, docs/workflow.md): each check throws
/// <see cref="WorkflowForbiddenException"/> naming the account, its role and what it may not do.
/// </summary>
internal static class WorkflowAccess
{
    public static void Require(LutetiaUser user, string what, params LutetiaRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Array.IndexOf(roles, user.Role) < 0)
            throw new WorkflowForbiddenException(
                $"{Name(user)} is a{(user.Role == LutetiaRole.Investigator ? "n" : "")} {Code(user.Role)}: only a {string.Join(" or ", roles.Select(Code))} may {what}; nothing was done");
    }

    /// <summary>An investigator sees and acts on their own centre's patients only; the other roles see every centre.</summary>
    public static void RequireCenter(LutetiaUser user, string centerId, string what)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role == LutetiaRole.Investigator && !string.Equals(user.CenterId, centerId, StringComparison.Ordinal))
            throw new WorkflowForbiddenException(
                $"{Name(user)} is an investigator of centre {user.CenterId ?? "(none)"} and may not {what} of centre {centerId}; nothing was done");
    }

    /// <summary>The name the audit trail records for the account.</summary>
    public static string Name(LutetiaUser user) =>
        string.IsNullOrWhiteSpace(user.UserName) ? user.Email ?? user.Id : user.UserName;

    public static string Code(LutetiaRole role) => Codes<LutetiaRole>.ToCode(role);

    /// <summary>The acting account becomes the context's current user: every entry of the save names it.</summary>
    public static void Act(LutetiaDbContext db, LutetiaUser user) => db.CurrentUser = Name(user);
}
