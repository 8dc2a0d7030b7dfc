using Lutetia.Criteria.Toxicity;

namespace Lutetia.Criteria.Tests.Toxicity;

/// <summary>Values that cannot be graded are refused as values naming patient, table, row and column, with a hint.</summary>
public sealed class CtcaeBadInputTests
{
    private static DataRefusal Refused(LabCourse course)
    {
        var outcome = Ctcae50.Assess(course);
        Assert.True(outcome.IsRefused);
        return Assert.Single(outcome.Refusals);
    }

    private static LabCourse One(LabMeasurement value) =>
        new(Labs.Patient, value.Term, Labs.FirstDose, null, [value]);

    [Fact]
    public void An_unknown_unit_is_refused_naming_its_cell_and_the_accepted_units()
    {
        var r = Refused(One(Labs.Value(CtcaeTerm.Anemia, 10, "6.2", "mmol/L", lln: "7.4", row: 14)));

        Assert.Equal(("P01", "labs.csv", 14, "unit", "mmol/L"), (r.Patient, r.Table, r.Row, r.Column, r.Value));
        Assert.Equal("record the value in one of: g/dL, g/L.", r.Hint);
        Assert.Equal("patient P01, labs.csv row 14, unit = \"mmol/L\": Anemia on 2020-01-11: the unit is not one Lutetia converts for Anemia. " +
            "Fix: record the value in one of: g/dL, g/L.", r.ToString());
    }

    [Fact]
    public void A_single_value_for_a_form_is_refused_the_same_way()
    {
        var outcome = Ctcae50.GradeOne(Labs.Value(CtcaeTerm.PlateletCountDecreased, 10, "80", "Giga", lln: "150", row: 4));

        Assert.True(outcome.IsRefused);
        Assert.Equal(("unit", "Giga", 4), (outcome.Refusals[0].Column, outcome.Refusals[0].Value, outcome.Refusals[0].Row));
    }

    [Fact]
    public void A_count_unit_is_not_a_haemoglobin_unit()
    {
        Assert.Equal("unit", Refused(One(Labs.Value(CtcaeTerm.Anemia, 10, "10", "10^9/L", lln: "12"))).Column);
    }

    [Fact]
    public void A_negative_count_is_refused()
    {
        var r = Refused(One(Labs.Value(CtcaeTerm.NeutrophilCountDecreased, 10, "-0.5", "10^9/L", lln: "1.8", row: 7)));

        Assert.Equal(("value", "-0.5", 7), (r.Column, r.Value, r.Row));
    }

    [Fact]
    public void A_missing_limit_of_normal_is_refused_not_guessed()
    {
        Assert.Equal("lln", Refused(One(Labs.Value(CtcaeTerm.Anemia, 10, "10", "g/dL"))).Column);
        Assert.Equal("uln", Refused(One(Labs.Value(CtcaeTerm.CreatinineIncreased, 10, "1.2", "mg/dL"))).Column);
        Assert.Equal("uln", Refused(One(Labs.Value(CtcaeTerm.GgtIncreased, 10, "50", "U/L", uln: "0"))).Column);
    }

    [Fact]
    public void A_follow_up_value_before_the_first_dose_is_refused()
    {
        var r = Refused(One(Labs.Value(CtcaeTerm.Anemia, -3, "10", "g/dL", lln: "12", row: 9)));

        Assert.Equal(("date", "2019-12-29", 9), (r.Column, r.Value, r.Row));
        Assert.Contains("before the first dose 2020-01-01", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_value_not_after_the_baseline_is_refused()
    {
        var baseline = Labs.Value(CtcaeTerm.Anemia, 0, "12", "g/dL", lln: "12");
        var same = Labs.Value(CtcaeTerm.Anemia, 0, "10", "g/dL", lln: "12", row: 3);

        Assert.Equal("date", Refused(new LabCourse(Labs.Patient, CtcaeTerm.Anemia, Labs.FirstDose, baseline, [same])).Column);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var course = new LabCourse(Labs.Patient, CtcaeTerm.Anemia, Labs.FirstDose, null,
            [Labs.Value(CtcaeTerm.Anemia, 10, "-1", "mmol/L", row: 5)]);

        Assert.Equal(["value", "unit", "lln"], Ctcae50.Assess(course).Refusals.Select(r => r.Column));
    }
}
