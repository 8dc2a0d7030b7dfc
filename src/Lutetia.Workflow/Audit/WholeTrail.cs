using Lutetia.Storage;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Audit;

/// <summary>
/// Who may read the whole audit trail (verify it, record its head, export it): an account whose
/// audit reach is every centre — the coordinator (and the command line's operator, a coordinator)
/// and the statistician; an investigator reads their own centre's patients' histories only.
/// </summary>
internal static class WholeTrail
{
    public static Refusal? Check(Account actor, string what)
    {
        if (Permissions.Check(actor, CrfSection.Audit, CrfAccess.Read, what) is { } refused)
            return refused;
        return Permissions.ReachOf(actor.Role, CrfSection.Audit, CrfAccess.Read) == Reach.EveryCenter
            ? null
            : Refusal.Forbidden($"{actor.UserName} is an investigator of centre {actor.CenterId ?? "(none)"} and may not {what}, which holds every centre; nothing was done");
    }
}
