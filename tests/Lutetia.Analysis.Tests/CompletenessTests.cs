using Lutetia.Domain;
using static Lutetia.Analysis.Tests.CohortBuilder;

namespace Lutetia.Analysis.Tests;

/// <summary>The data managers' work list: what each included patient lacks, endpoint by endpoint.</summary>
public sealed class CompletenessTests
{
    [Fact]
    public void A_missing_post_srs_exam_and_an_unknown_grade_are_listed_with_what_to_enter()
    {
        var c = new CohortBuilder();
        var p = c.Patient(change: x => x with { WhoGrade = null });
        c.Ct(p, FirstDose.AddDays(-20), Reader.Local, ("L1", 40));
        c.Ct(p, LastDose.AddDays(90), Reader.Local, ("L1", 38));
        c.Srs(p, FirstDose.AddDays(-30), ("L1", 4));

        var gaps = Completeness.Of(c.Analyze());

        Assert.Contains(gaps, g => g is { Patient: "P1", Center: "C1", Endpoint: "mm_metabolic_response" } && g.Missing.Contains("srs_111in exam after the last dose", StringComparison.Ordinal));
        Assert.Contains(gaps, g => g is { Endpoint: "table1", Missing: "who_grade is not recorded" });
        Assert.DoesNotContain(gaps, g => g.Endpoint == "mm_response");
    }

    [Fact]
    public void Excluded_patients_are_not_listed_and_centres_count_patients_once_per_endpoint()
    {
        var c = new CohortBuilder();
        foreach (var id in new[] { "P1", "P2" })
        {
            var p = c.Patient(id, x => x with { Ecog = null, Ki67Percent = null });
            c.Ct(p, FirstDose.AddDays(-20), Reader.Local, ("L1", 40));
            c.Ct(p, LastDose.AddDays(90), Reader.Local, ("L1", 38));
        }
        c.Patient("P3", x => x with { PrimarySite = PrimarySite.Lung, Ecog = null });

        var gaps = Completeness.Of(c.Analyze());
        var byCenter = Completeness.ByCenter(gaps);

        Assert.DoesNotContain(gaps, g => g.Patient == "P3");
        Assert.Contains(("C1", "table1", 2), byCenter);
    }
}
