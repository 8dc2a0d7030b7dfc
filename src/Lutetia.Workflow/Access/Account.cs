using System.Security.Claims;
using Lutetia.Domain;
using Lutetia.Storage;

namespace Lutetia.Workflow.Access;

/// <summary>The signed-in account as the authorization rules see it: its name, role and (investigator) centre.</summary>
public sealed record Account(string UserName, LutetiaRole Role, string? CenterId)
{
    public const string CenterClaim = "lutetia:center";

    /// <summary>The account of a principal, or null when nobody (or a principal without a Lutetia role) is signed in.</summary>
    public static Account? Of(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true, Name: { } name })
            return null;
        var role = user.FindFirst(ClaimTypes.Role)?.Value;
        if (role is null || !Codes<LutetiaRole>.TryParse(role, out var parsed))
            return null;
        return new Account(name, parsed, user.FindFirst(CenterClaim)?.Value);
    }

    /// <summary>Whether the account sees patients of <paramref name="centerId"/>: an investigator sees only their own centre.</summary>
    public bool SeesCenter(string centerId) => Permissions.Reaches(this, centerId);

    /// <summary>The role's code as the audit trail and the messages spell it ("investigator").</summary>
    public string RoleCode => Codes<LutetiaRole>.ToCode(Role);
}
