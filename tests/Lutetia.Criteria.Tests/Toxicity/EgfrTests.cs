using Lutetia.Criteria.Toxicity;

namespace Lutetia.Criteria.Tests.Toxicity;

/// <summary>CKD-EPI 2021 against the equation evaluated in R (tools/golden: 142 × min^α × max^−1.2 × 0.9938^age × 1.012).</summary>
public sealed class EgfrTests
{
    [Theory]
    [InlineData("1.0", 50, false, "91.7")]   // R: 91.69147861
    [InlineData("0.6", 60, true, "102.7")]   // R: 102.6934106
    [InlineData("2.5", 75, false, "26.1")]   // R: 26.13820598
    [InlineData("0.9", 40, false, "110.7")]  // R: 110.7255996 (at κ: both powers are 1)
    [InlineData("1.2", 70, true, "48.7")]    // R: 48.69658189
    public void The_equation_matches_R_to_a_tenth(string creatinine, int age, bool female, string egfr)
    {
        Assert.Equal(Labs.Dec(egfr), CkdEpi2021.Egfr(Labs.Dec(creatinine), age, female));
    }

    [Fact]
    public void Creatinine_in_micromoles_per_litre_converts_at_88_4()
    {
        var mgDl = LabUnits.Find(CtcaeTerm.CreatinineIncreased, "µmol/L")!.ToCanonical(88.4m);

        Assert.Equal(1.0m, mgDl);
        Assert.Equal(91.7m, CkdEpi2021.Egfr(mgDl, 50, false));
    }

    [Fact]
    public void The_change_from_baseline_is_a_difference_and_a_percentage()
    {
        var change = CkdEpi2021.Change(80m, 60m);

        Assert.Equal(-20m, change.Difference);
        Assert.Equal(-25m, change.Percent);
    }

    [Fact]
    public void A_child_or_a_zero_creatinine_is_outside_the_equation()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CkdEpi2021.Egfr(1m, 17, false));
        Assert.Throws<ArgumentOutOfRangeException>(() => CkdEpi2021.Egfr(0m, 50, false));
    }

    [Theory]
    [InlineData("1.0", "17.9", "adult equation")]
    [InlineData("0", "50", "above 0 mg/dL")]
    [InlineData("-0.1", "50", "above 0 mg/dL")]
    public void Values_outside_the_equation_are_refused_as_a_value_with_the_reason(string creatinine, string age, string reason)
    {
        Assert.Null(CkdEpi2021.TryEgfr(Labs.Dec(creatinine), Labs.Dec(age), female: false, out var refusal));
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void At_eighteen_the_equation_applies()
    {
        Assert.Equal(CkdEpi2021.Egfr(1m, 18, false), CkdEpi2021.TryEgfr(1m, 18, false, out var refusal));
        Assert.Null(refusal);
    }
}
