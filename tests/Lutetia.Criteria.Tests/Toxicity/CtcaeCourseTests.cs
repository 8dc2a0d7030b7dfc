using Lutetia.Criteria.Toxicity;

namespace Lutetia.Criteria.Tests.Toxicity;

/// <summary>Per-patient CTCAE v5.0 toxicity: baseline criteria, worst grade, treatment-emergence, time to the worst grade.</summary>
public sealed class CtcaeCourseTests
{
    private static LabMeasurement Creatinine(int day, string value) =>
        Labs.Value(CtcaeTerm.CreatinineIncreased, day, value, "mg/dL", uln: "1.0");

    [Theory]
    [InlineData("0.6", "0.9", 0)]   // 1.5 × baseline, within the ULN
    [InlineData("0.6", "0.91", 2)]  // above 1.5 × baseline
    [InlineData("0.6", "1.8", 2)]   // 3 × baseline: grade 2 by the baseline, 1 by the ULN
    [InlineData("0.6", "1.81", 3)]  // above 3 × baseline: grade 3, the ULN says 2
    [InlineData("0.9", "1.2", 1)]   // 1.33 × baseline: only the ULN grades it
    [InlineData("0.5", "6.01", 4)]  // the ULN grade 4 wins over the baseline grade 3
    public void The_creatinine_baseline_criterion_can_raise_the_grade_but_never_lower_it(string baseline, string value, int grade)
    {
        Assert.Equal(grade, Labs.Course(Creatinine(-3, baseline), Creatinine(30, value)).WorstGrade);
    }

    [Fact]
    public void A_creatinine_raised_by_its_baseline_says_so()
    {
        var t = Labs.Course(Creatinine(-3, "0.6"), Creatinine(30, "1.81"));

        Assert.Equal("grade 3: 1.81 mg/dL is above 3 × the baseline 0.6 mg/dL; against the ULN alone it is grade 2",
            t.FollowUp[0].Explanation.Sentence);
    }

    [Theory]
    [InlineData("60", "89", 0)]    // below 1.5 × the abnormal baseline: no worsening
    [InlineData("60", "90", 1)]    // 1.5 × baseline, inclusive as v5 writes it
    [InlineData("60", "180", 1)]
    [InlineData("60", "181", 2)]
    [InlineData("60", "301", 3)]
    [InlineData("60", "1201", 4)]
    [InlineData("40", "121", 2)]   // baseline at the ULN is normal: graded on the ULN
    public void Aminotransferases_after_an_abnormal_baseline_grade_on_multiples_of_the_baseline(string baseline, string value, int grade)
    {
        Assert.Equal(grade, Liver(CtcaeTerm.AlanineAminotransferaseIncreased, "U/L", "40", baseline, value));
    }

    private static int? Liver(CtcaeTerm term, string unit, string uln, string baseline, string value) =>
        Labs.Course(Labs.Value(term, -2, baseline, unit, uln: uln), Labs.Value(term, 20, value, unit, uln: uln)).WorstGrade;

    [Fact]
    public void An_abnormal_baseline_explains_the_scale_it_grades_on()
    {
        var baseline = Labs.Value(CtcaeTerm.AspartateAminotransferaseIncreased, -2, "60", "U/L", uln: "40");
        var t = Labs.Course(baseline,
            Labs.Value(CtcaeTerm.AspartateAminotransferaseIncreased, 20, "89", "U/L", uln: "40"),
            Labs.Value(CtcaeTerm.AspartateAminotransferaseIncreased, 40, "90", "U/L", uln: "40"));

        Assert.Equal("grade 0: 89 U/L is below 1.5 × the abnormal baseline 60 U/L (baseline above the ULN: graded against the baseline)",
            t.FollowUp[0].Explanation.Sentence);
        Assert.Equal("grade 1: 90 U/L is at or above 1.5 × the abnormal baseline 60 U/L (baseline above the ULN: graded against the baseline)",
            t.FollowUp[1].Explanation.Sentence);
        Assert.Equal(1, t.BaselineGrade);
        Assert.False(t.TreatmentEmergent);
    }

    [Theory]
    [InlineData("2.0", "2.0", 0)]   // bilirubin: >1.0 × the abnormal baseline, exclusive
    [InlineData("2.0", "2.01", 1)]
    [InlineData("2.0", "3.01", 2)]
    [InlineData("2.0", "6.01", 3)]
    [InlineData("2.0", "20.01", 4)]
    public void Bilirubin_after_an_abnormal_baseline_starts_grade_1_just_above_the_baseline(string baseline, string value, int grade)
    {
        Assert.Equal(grade, Liver(CtcaeTerm.BloodBilirubinIncreased, "mg/dL", "1.2", baseline, value));
    }

    [Theory]
    [InlineData("250", "499", 0)]
    [InlineData("250", "500", 1)]
    [InlineData("250", "625", 1)]
    [InlineData("250", "626", 2)]
    public void Alkaline_phosphatase_after_an_abnormal_baseline_starts_grade_1_at_twice_the_baseline(string baseline, string value, int grade)
    {
        Assert.Equal(grade, Liver(CtcaeTerm.AlkalinePhosphataseIncreased, "U/L", "120", baseline, value));
    }

    [Fact]
    public void The_worst_grade_its_first_date_and_its_delay_are_reported()
    {
        var t = Labs.Course(
            Labs.Value(CtcaeTerm.PlateletCountDecreased, -1, "180", "10^9/L", lln: "150"),
            Labs.Value(CtcaeTerm.PlateletCountDecreased, 14, "120", "10^9/L", lln: "150"),
            Labs.Value(CtcaeTerm.PlateletCountDecreased, 42, "45", "10^9/L", lln: "150"),
            Labs.Value(CtcaeTerm.PlateletCountDecreased, 56, "30", "10^9/L", lln: "150"),
            Labs.Value(CtcaeTerm.PlateletCountDecreased, 84, "140", "10^9/L", lln: "150"));

        Assert.Equal(0, t.BaselineGrade);
        Assert.Equal(3, t.WorstGrade);
        Assert.Equal(new DateOnly(2020, 2, 12), t.WorstDate);
        Assert.Equal(42, t.DaysToWorst);
        Assert.True(t.TreatmentEmergent);
        Assert.Equal(
            "worst grade 3 on 2020-02-12 (day 42; grade 3: 45 10^9/L is below 50 10^9/L); baseline grade 0 on 2019-12-31; treatment-emergent",
            t.Explanation.Sentence);
    }

    [Fact]
    public void A_worst_grade_equal_to_the_baseline_grade_is_not_treatment_emergent()
    {
        var t = Labs.Course(
            Labs.Value(CtcaeTerm.Anemia, 0, "9.5", "g/dL", lln: "12"),
            Labs.Value(CtcaeTerm.Anemia, 30, "9.0", "g/dL", lln: "12"));

        Assert.Equal(2, t.BaselineGrade);
        Assert.Equal(2, t.WorstGrade);
        Assert.False(t.TreatmentEmergent);
    }

    [Fact]
    public void Without_a_baseline_value_any_grade_is_treatment_emergent()
    {
        var t = Labs.Course(null, Labs.Value(CtcaeTerm.Anemia, 30, "11", "g/dL", lln: "12"));

        Assert.Null(t.BaselineGrade);
        Assert.True(t.TreatmentEmergent);
    }

    [Fact]
    public void Without_follow_up_the_patient_is_not_evaluable()
    {
        var t = Labs.Course(Labs.Value(CtcaeTerm.Anemia, -5, "11", "g/dL", lln: "12"));

        Assert.False(t.IsEvaluable);
        Assert.Null(t.WorstGrade);
        Assert.False(t.TreatmentEmergent);
    }

    [Fact]
    public void The_baseline_is_the_last_value_on_or_before_the_first_dose()
    {
        var values = new[]
        {
            Labs.Value(CtcaeTerm.Anemia, -30, "8", "g/dL", lln: "12"),
            Labs.Value(CtcaeTerm.Anemia, 0, "11", "g/dL", lln: "12"),
            Labs.Value(CtcaeTerm.Anemia, 60, "9", "g/dL", lln: "12"),
            Labs.Value(CtcaeTerm.Anemia, 30, "10", "g/dL", lln: "12"),
        };

        var course = LabCourse.FromValues(Labs.Patient, CtcaeTerm.Anemia, Labs.FirstDose, values);

        Assert.Equal(Labs.FirstDose, course.Baseline!.Date);
        Assert.Equal([30, 60], course.FollowUp.Select(v => v.Date.DayNumber - Labs.FirstDose.DayNumber));
    }
}
