using Lutetia.Storage;
using Lutetia.Workflow.Access;

namespace Lutetia.Web.Access;

/// <summary>
/// Where a signed-in account lands when it asked for no page (after signing in, or at <c>/</c>): the
/// statistician on the analysis, the coordinator and the investigators — who run the data day to
/// day — on the record-status dashboard, the central reviewer on the patient list.
/// </summary>
public static class Landing
{
    public const string Home = "/";

    public static string Of(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.Role switch
        {
            LutetiaRole.Statistician => "/analysis",
            LutetiaRole.Coordinator or LutetiaRole.Investigator => "/dashboard",
            _ => "/patients",
        };
    }

    /// <summary>Only a path of this site: never an open redirect to another (<c>//host</c>, <c>/\host</c>).</summary>
    public static bool IsLocal(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
    }
}
