using Lutetia.Storage;

namespace Lutetia.Web.Access;

/// <summary>
/// Who may do what (issue 7): the coordinator everything; an investigator reads and writes their
/// own centre's patients and exports that centre; the central reviewer reads the patients and the
/// imaging of every centre; the statistician reads everything clinical and changes nothing.
/// The centre is checked apart (<see cref="Account.SeesCenter"/>): both must allow.
/// </summary>
public static class AccessRules
{
    public static bool Allows(Account account, CrfSection section, CrfAccess access)
    {
        ArgumentNullException.ThrowIfNull(account);
        // Issue 7, roles: "coordinator (centres, users, analysis, exports)"; nobody else reads or writes them.
        if (section == CrfSection.Administration)
            return account.Role == LutetiaRole.Coordinator;
        if (WorkflowRules.Governs(section))
            return WorkflowRules.Allows(account.Role, section, access);
        return account.Role switch
        {
            LutetiaRole.Coordinator => true,
            LutetiaRole.Investigator => section != CrfSection.Import,
            LutetiaRole.Reviewer => access == CrfAccess.Read && section is CrfSection.Patients or CrfSection.Imaging,
            LutetiaRole.Statistician => access == CrfAccess.Read && section is not (CrfSection.Import or CrfSection.Export),
            _ => false,
        };
    }
}
