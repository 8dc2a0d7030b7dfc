using Lutetia.Criteria.Recist;
using Lutetia.Domain;
using Lutetia.Intake;
using static Lutetia.Analysis.Tests.CohortBuilder;

namespace Lutetia.Analysis.Tests;

/// <summary>
/// A target lesion missing at the baseline read does not hide a progression. The
/// fixture fixtures/baseline-gap holds two patients of lutetia synth --patients 1500 --seed 3,
/// reduced to what shows it: SYN00234 (L3 missing at the baseline read; the read of 2020-01-09
/// shows the new lesion L5) and SYN00092 (L3 missing at baseline; the new lesion L6 at the post
/// exam). Before the fix both were censored at last news with non-MM response ne.
/// </summary>
public sealed class BaselineGapTests
{
    private static readonly Lazy<StudyResults> Fixture = new(() => StudyAnalysis.Analyze(
        CohortReader.ReadValid(Path.Combine(AppContext.BaseDirectory, "fixtures", "baseline-gap"), new DateOnly(2026, 1, 1)),
        MesenLuthParameters.Published));

    private static PatientEndpoints Patient(string id) => Fixture.Value.Patients.Single(p => p.Record.Patient.Id.Value == id);

    [Fact]
    public void Syn00234_a_new_lesion_after_a_baseline_without_l3_ends_non_mm_pfs_at_12_98_months()
    {
        var e = Patient("SYN00234");

        Assert.True(e.Included);
        Assert.True(e.NonMmPfs!.Event);
        Assert.Equal(new DateOnly(2020, 1, 9), e.NonMmPfs.End);
        Assert.Equal(12.98, e.NonMmPfs.Months, 2);
        Assert.Contains("new lesion L5 seen at 2020-01-09", e.NonMmPfs.Because, StringComparison.Ordinal);
        Assert.Contains("target L3 is not measured at the baseline read SYN00234-R2 (2018-10-18)", e.NonMmPfs.Because, StringComparison.Ordinal);
        // At the post exam no new lesion yet: the response is NE, and says why.
        Assert.Equal(OverallResponse.Ne, e.NonMmResponse);
        Assert.Contains(e.Derivations, d => d.Endpoint == "non_mm_response"
            && d.Explanation.Sentence.StartsWith("NE: target L3 is not measured at the baseline read SYN00234-R2", StringComparison.Ordinal));
        Assert.Empty(e.Problems);
    }

    [Fact]
    public void Syn00092_a_new_lesion_at_the_post_exam_after_a_baseline_without_l3_is_pd_and_a_pfs_event_at_7_46_months()
    {
        var e = Patient("SYN00092");

        Assert.Equal(OverallResponse.Pd, e.NonMmResponse);
        Assert.True(e.NonMmPfs!.Event);
        Assert.Equal(new DateOnly(2014, 10, 30), e.NonMmPfs.End);
        Assert.Equal(7.46, e.NonMmPfs.Months, 2);
        Assert.Contains(e.Derivations, d => d.Endpoint == "non_mm_response"
            && d.Explanation.Sentence.StartsWith("PD: new lesion L6 seen at 2014-10-30; targets NE: target L3 is not measured at the baseline read SYN00092-R1", StringComparison.Ordinal));
        Assert.Null(ShownProgression.Violation(e));
    }

    [Fact]
    public void Agreement_pairs_come_from_the_time_points_when_the_central_baseline_misses_a_target()
    {
        var c = new CohortBuilder();
        var p = c.Patient();
        c.Lesion(p, "L2");
        c.Lesion(p, "L3", role: LesionRole.New);
        var baseline = FirstDose.AddDays(-30);
        var post = LastDose.AddDays(90);
        c.Ct(p, baseline, Reader.Local, ("L1", 40), ("L2", 30));
        c.Ct(p, baseline, Reader.Central, ("L1", 40));
        c.Ct(p, post, Reader.Local, ("L1", 38), ("L2", 30), ("L3", 12));
        c.Ct(p, post, Reader.Central, ("L1", 38), ("L2", 31), ("L3", 12));

        var e = c.Endpoints();

        Assert.Equal(OverallResponse.Pd, e.Agreement!.NonMmLocal);
        Assert.Equal(OverallResponse.Pd, e.Agreement.NonMmCentral);
        Assert.Equal(OverallResponse.Pd, e.NonMmResponse);
        Assert.Equal(post, e.NonMmPfs!.End);
        Assert.Empty(e.Problems);
    }
}
