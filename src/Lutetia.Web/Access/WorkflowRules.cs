using Lutetia.Storage;

namespace Lutetia.Web.Access;

/// <summary>
/// Who may reach the pages of issue 8 (docs/workflow.md, who may do what). The workflow services
/// check each action again; these rules keep a role away from a page it has nothing to do on.
/// The centre is checked apart (<see cref="Account.SeesCenter"/>), as for the forms.
/// </summary>
public static class WorkflowRules
{
    public static bool Governs(CrfSection section) => section is >= CrfSection.Review and <= CrfSection.StatisticsExport;

    public static bool Allows(LutetiaRole role, CrfSection section, CrfAccess access)
    {
        var read = access == CrfAccess.Read;
        return section switch
        {
            // The reviewer enters central reads; the coordinator follows the queue.
            CrfSection.Review => role == LutetiaRole.Reviewer || (read && role == LutetiaRole.Coordinator),
            CrfSection.Agreement => read && role != LutetiaRole.Investigator,
            // The coordinator may also recompute a centre's list (data saved before the rules ran on every save).
            CrfSection.Quality => read || role == LutetiaRole.Coordinator,
            // Every role sees the queries it may see; the investigator writes only to answer, the statistician never.
            CrfSection.Queries => read || role != LutetiaRole.Statistician,
            CrfSection.QueryRaise => role is LutetiaRole.Coordinator or LutetiaRole.Reviewer,
            CrfSection.Locks => read || role == LutetiaRole.Coordinator,
            CrfSection.Analysis => read && role is LutetiaRole.Coordinator or LutetiaRole.Statistician,
            CrfSection.StatisticsExport => read && role != LutetiaRole.Reviewer,
            _ => false,
        };
    }
}
