using Lutetia.Domain;
using static Lutetia.Analysis.Tests.CohortBuilder;

namespace Lutetia.Analysis.Tests;

/// <summary>Local versus central cross-tables, per centre and overall, with kappa from the statistics library.</summary>
public sealed class AgreementTableTests
{
    private static void DoubleRead(CohortBuilder c, string id, string center, decimal localPost, decimal centralPost)
    {
        var p = c.Patient(id, x => x with { Center = new CenterId(center) });
        c.Ct(p, FirstDose.AddDays(-20), Reader.Local, ("L1", 40));
        c.Ct(p, FirstDose.AddDays(-20), Reader.Central, ("L1", 40));
        c.Ct(p, LastDose.AddDays(90), Reader.Local, ("L1", localPost));
        c.Ct(p, LastDose.AddDays(90), Reader.Central, ("L1", centralPost));
    }

    [Fact]
    public void A_disagreement_lands_off_the_diagonal_of_its_centre_and_of_the_whole_study()
    {
        var c = new CohortBuilder();
        DoubleRead(c, "P1", "C1", 28, 28);   // pr / pr
        DoubleRead(c, "P2", "C1", 28, 38);   // pr / sd
        DoubleRead(c, "P3", "C2", 38, 38);   // sd / sd

        var tables = AgreementTable.Of(c.Analyze());

        var all = tables.Single(t => t is { Center: "all", Endpoint: "mm_response" });
        int Cell(AgreementTable t, string local, string central) =>
            t.Counts[t.Categories.ToList().IndexOf(local), t.Categories.ToList().IndexOf(central)];
        Assert.Equal((3, 1, 1, 1), (all.Pairs, Cell(all, "pr", "pr"), Cell(all, "pr", "sd"), Cell(all, "sd", "sd")));
        Assert.Equal(100.0 * 2 / 3, all.Kappa!.PercentAgreement, 9);
        var c1 = tables.Single(t => t is { Center: "C1", Endpoint: "mm_response" });
        Assert.Equal(2, c1.Pairs);
        var c2 = tables.Single(t => t is { Center: "C2", Endpoint: "mm_response" });
        Assert.Null(c2.Kappa!.Kappa); // one category only: kappa is undefined, agreement is still 100 %
        Assert.Equal(100, c2.Kappa.PercentAgreement);
        Assert.Equal(0, tables.Single(t => t is { Center: "all", Endpoint: "non_mm_response" }).Pairs);
    }
}
