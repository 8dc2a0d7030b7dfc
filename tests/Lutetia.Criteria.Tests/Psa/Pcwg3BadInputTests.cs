using Lutetia.Criteria.Psa;

namespace Lutetia.Criteria.Tests.Psa;

/// <summary>PSA values that cannot be assessed are refused naming the patient, table, row and column.</summary>
public sealed class Pcwg3BadInputTests
{
    private static DataRefusal Refused(PsaCourse course) => Assert.Single(Pcwg3.Assess(course).Refusals);

    [Fact]
    public void A_negative_PSA_is_refused()
    {
        var r = Refused(Psa.Course("10", "28:-1"));

        Assert.Equal(("P01", "psa.csv", 3, "value", "-1"), (r.Patient, r.Table, r.Row, r.Column, r.Value));
    }

    [Fact]
    public void A_unit_other_than_ng_per_mL_is_refused()
    {
        var course = new PsaCourse("P01", Psa.FirstDose, Psa.Value(-7, "10", unit: "ng/dL", row: 8), []);

        var r = Refused(course);

        Assert.Equal(("unit", "ng/dL", 8), (r.Column, r.Value, r.Row));
        Assert.Equal("record the PSA in one of: ng/mL, µg/L, ug/L.", r.Hint);
    }

    [Fact]
    public void Micrograms_per_litre_are_nanograms_per_millilitre()
    {
        var course = new PsaCourse("P01", Psa.FirstDose, Psa.Value(-7, "10", unit: "µg/L"), [Psa.Value(28, "4", unit: "ug/L"), Psa.Value(56, "4")]);

        Assert.True(Pcwg3.Assess(course).Verdict!.Response);
    }

    [Fact]
    public void A_follow_up_dated_before_the_baseline_is_refused()
    {
        var r = Refused(Psa.Course("10", "-10:5"));

        Assert.Equal(("date", "2019-12-22"), (r.Column, r.Value));
        Assert.Contains("before the baseline (2019-12-25)", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Follow_up_out_of_date_order_is_refused()
    {
        Assert.Equal("date", Refused(Psa.Course("10", "56:5", "28:5")).Column);
    }

    [Fact]
    public void A_baseline_after_the_first_dose_is_refused()
    {
        var course = new PsaCourse("P01", Psa.FirstDose, Psa.Value(3, "10"), []);

        Assert.Contains("after the first dose", Refused(course).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_baseline_is_the_last_PSA_on_or_before_the_first_dose()
    {
        var course = PsaCourse.FromValues("P01", Psa.FirstDose, [Psa.Value(-30, "8"), Psa.Value(0, "10"), Psa.Value(56, "4"), Psa.Value(28, "5")]);

        Assert.Equal(10m, course!.Baseline.Value);
        Assert.Equal([28, 56], course.FollowUp.Select(v => v.Date.DayNumber - Psa.FirstDose.DayNumber));
        Assert.Null(PsaCourse.FromValues("P01", Psa.FirstDose, [Psa.Value(28, "5")]));
    }
}
