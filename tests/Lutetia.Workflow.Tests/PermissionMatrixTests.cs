using Lutetia.Storage;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Tests;

/// <summary>
/// The one permission matrix, entry by entry: each area's line says what coordinator, investigator,
/// reviewer and statistician may do (R read, W write, - nothing). A change to who may do what must
/// change this table, and the pages' matrix (Lutetia.Web.Tests.AuthorizationMatrixTests) with it.
/// </summary>
public sealed class PermissionMatrixTests
{
    private static readonly Dictionary<CrfSection, string> Expected = new()
    {
        //                                        coordinator investigator reviewer statistician
        [CrfSection.Patients] = "RW RW R R",
        [CrfSection.Imaging] = "RW RW R R",
        [CrfSection.Clinical] = "RW RW - R",
        [CrfSection.Audit] = "RW RW - R",
        [CrfSection.Import] = "RW - - -",
        [CrfSection.Export] = "RW RW - -",
        [CrfSection.Review] = "R - RW -",
        [CrfSection.Agreement] = "R - R R",
        [CrfSection.Quality] = "RW R R R",
        [CrfSection.Queries] = "RW RW RW R",
        [CrfSection.QueryRaise] = "RW - RW -",
        [CrfSection.QueryAnswer] = "- RW - -",
        [CrfSection.Locks] = "RW R R R",
        [CrfSection.Analysis] = "R - - R",
        [CrfSection.StatisticsExport] = "R R - R",
        [CrfSection.Administration] = "RW - - -",
    };

    [Fact]
    public void Every_area_has_its_line_and_every_entry_is_as_the_table_says()
    {
        Assert.Equal(Enum.GetValues<CrfSection>().Order(), Expected.Keys.Order());
        foreach (var (role, section, access, reach) in Permissions.Entries())
        {
            var cell = Expected[section].Split(' ')[(int)role];
            var allowed = cell.Contains(access == CrfAccess.Read ? 'R' : 'W', StringComparison.Ordinal);
            var expected = !allowed ? Reach.None : role == LutetiaRole.Investigator ? Reach.OwnCenter : Reach.EveryCenter;
            Assert.True(expected == reach, $"{role} {section} {access}: expected {expected}, the matrix says {reach}");
        }
    }

    [Fact]
    public void An_investigator_may_act_on_their_own_centre_only()
    {
        var investigator = new Account("ines", LutetiaRole.Investigator, "C1");

        Assert.True(Permissions.Allows(investigator, CrfSection.Clinical, CrfAccess.Write, "C1"));
        Assert.False(Permissions.Allows(investigator, CrfSection.Clinical, CrfAccess.Write, "C2"));
        Assert.Null(Permissions.Check(investigator, CrfSection.QueryAnswer, CrfAccess.Write, "answer the queries", "C1"));
        var refusal = Permissions.Check(investigator, CrfSection.QueryAnswer, CrfAccess.Write, "answer the queries", "C2");
        Assert.Equal(RefusalKind.Forbidden, refusal?.Kind);
        Assert.Equal("ines is an investigator of centre C1 and may not answer the queries of centre C2; nothing was done", refusal?.Message);
    }

    [Fact]
    public void A_role_the_matrix_does_not_allow_is_told_who_may()
    {
        var statistician = new Account("stan", LutetiaRole.Statistician, null);

        var refusal = Permissions.Check(statistician, CrfSection.QueryRaise, CrfAccess.Write, "raise a query", "C1");

        Assert.Equal("stan is a statistician: only a coordinator or reviewer may raise a query; nothing was done", refusal?.Message);
        Assert.Equal("Stan is a statistician: only a coordinator or reviewer may raise a query; nothing was done.", refusal?.Sentence);
    }

    [Fact]
    public void Every_role_but_the_investigator_reaches_every_centre()
    {
        foreach (var role in Enum.GetValues<LutetiaRole>())
            Assert.Equal(role != LutetiaRole.Investigator, new Account("x", role, "C1").SeesCenter("C2"));
    }
}
