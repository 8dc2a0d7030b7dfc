using Lutetia.Domain;
using Lutetia.Storage;

namespace Lutetia.Workflow.Access;

/// <summary>
/// Who may do what — the one permission matrix (role × area × action → reach), read by the pages'
/// authorization, the endpoints and the use cases alike (docs/workflow.md, who may do what):
/// the coordinator runs the study (centres, accounts, import, locks, analysis); an investigator
/// reads and writes their own centre's patients, answers its queries and exports it; the central
/// reviewer reads patients and imaging of every centre, enters central reads and manages queries;
/// the statistician reads everything clinical and changes nothing. An investigator's reach is
/// always their own centre; every other role reaches every centre.
/// </summary>
public static class Permissions
{
    private const string R = "R", RW = "RW", None = "";

    /// <summary>Per area, what coordinator, investigator, reviewer and statistician may do (R read, W write).</summary>
    private static readonly Dictionary<CrfSection, string[]> Table = new()
    {
        //                                   coordinator investigator reviewer statistician
        [CrfSection.Patients] = [RW, RW, R, R],
        [CrfSection.Imaging] = [RW, RW, R, R],
        [CrfSection.Clinical] = [RW, RW, None, R],
        [CrfSection.Audit] = [RW, RW, None, R],
        [CrfSection.Import] = [RW, None, None, None],
        [CrfSection.Export] = [RW, RW, None, None],
        [CrfSection.Review] = [R, None, RW, None],
        [CrfSection.Agreement] = [R, None, R, R],
        [CrfSection.Quality] = [RW, R, R, R],
        [CrfSection.Queries] = [RW, RW, RW, R],
        [CrfSection.QueryRaise] = [RW, None, RW, None],
        [CrfSection.QueryAnswer] = [None, RW, None, None],
        [CrfSection.Locks] = [RW, R, R, R],
        [CrfSection.Analysis] = [R, None, None, R],
        [CrfSection.StatisticsExport] = [R, R, None, R],
        [CrfSection.Administration] = [RW, None, None, None],
    };

    /// <summary>How far <paramref name="role"/> may take <paramref name="access"/> in <paramref name="section"/>.</summary>
    public static Reach ReachOf(LutetiaRole role, CrfSection section, CrfAccess access)
    {
        if (!Table.TryGetValue(section, out var row) || (int)role < 0 || (int)role >= row.Length)
            return Reach.None;
        var allowed = row[(int)role].Contains(access == CrfAccess.Read ? 'R' : 'W', StringComparison.Ordinal);
        if (!allowed)
            return Reach.None;
        return role == LutetiaRole.Investigator ? Reach.OwnCenter : Reach.EveryCenter;
    }

    /// <summary>Whether the account's role allows the action in the area at all (the centre is checked apart).</summary>
    public static bool Allows(Account account, CrfSection section, CrfAccess access)
    {
        ArgumentNullException.ThrowIfNull(account);
        return ReachOf(account.Role, section, access) != Reach.None;
    }

    /// <summary>Whether the account may take the action on a patient of <paramref name="centerId"/>.</summary>
    public static bool Allows(Account account, CrfSection section, CrfAccess access, string centerId)
    {
        ArgumentNullException.ThrowIfNull(account);
        return ReachOf(account.Role, section, access) switch
        {
            Reach.EveryCenter => true,
            Reach.OwnCenter => string.Equals(account.CenterId, centerId, StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>Whether the account sees the patients of <paramref name="centerId"/> at all: an investigator only their own centre's.</summary>
    public static bool Reaches(Account account, string centerId)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.Role != LutetiaRole.Investigator || string.Equals(account.CenterId, centerId, StringComparison.Ordinal);
    }

    /// <summary>The roles the matrix allows the action, in the matrix's order.</summary>
    public static IReadOnlyList<LutetiaRole> RolesAllowed(CrfSection section, CrfAccess access) =>
        [.. Enum.GetValues<LutetiaRole>().Where(r => ReachOf(r, section, access) != Reach.None)];

    /// <summary>
    /// Null when the account may <paramref name="what"/> (e.g. "raise a query") — on a patient of
    /// <paramref name="centerId"/> when given — else the refusal naming the account, its role or
    /// centre, and who may.
    /// </summary>
    public static Refusal? Check(Account account, CrfSection section, CrfAccess access, string what, string? centerId = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        var reach = ReachOf(account.Role, section, access);
        if (reach == Reach.None)
        {
            var article = account.Role == LutetiaRole.Investigator ? "an" : "a";
            var who = string.Join(" or ", RolesAllowed(section, access).Select(r => Codes<LutetiaRole>.ToCode(r)));
            return Refusal.Forbidden($"{account.UserName} is {article} {account.RoleCode}: only a {who} may {what}; nothing was done");
        }
        if (centerId is not null && reach == Reach.OwnCenter && !string.Equals(account.CenterId, centerId, StringComparison.Ordinal))
            return Refusal.Forbidden(
                $"{account.UserName} is an investigator of centre {account.CenterId ?? "(none)"} and may not {what} of centre {centerId}; nothing was done");
        return null;
    }

    /// <summary>Every entry of the matrix, for the authorization tests and the documentation.</summary>
    public static IEnumerable<(LutetiaRole Role, CrfSection Section, CrfAccess Access, Reach Reach)> Entries() =>
        from section in Enum.GetValues<CrfSection>()
        from role in Enum.GetValues<LutetiaRole>()
        from access in Enum.GetValues<CrfAccess>()
        select (role, section, access, ReachOf(role, section, access));
}
