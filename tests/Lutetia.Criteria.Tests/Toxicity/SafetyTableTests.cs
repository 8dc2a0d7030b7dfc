using Lutetia.Criteria.Toxicity;

namespace Lutetia.Criteria.Tests.Toxicity;

/// <summary>The study safety table: n (%) by worst grade and grade ≥ 3, of the evaluable patients.</summary>
public sealed class SafetyTableTests
{
    private static PatientToxicity Patient(string id, CtcaeTerm term, params string[] platelets)
    {
        var follow = platelets.Select((v, i) => Labs.Value(term, 14 * (i + 1), v, "10^9/L", lln: "150") with { Patient = id }).ToArray();
        var baseline = Labs.Value(term, -1, "200", "10^9/L", lln: "150") with { Patient = id };
        return Ctcae50.Assess(new LabCourse(id, term, Labs.FirstDose, baseline, follow)).Toxicity!;
    }

    [Fact]
    public void Counts_worst_grades_of_evaluable_patients_with_percentages()
    {
        var t = CtcaeTerm.PlateletCountDecreased;
        var rows = SafetyTable.Build(
        [
            Patient("A", t, "160", "140"),      // 1
            Patient("B", t, "70", "120"),       // 2
            Patient("C", t, "45"),              // 3
            Patient("D", t, "20", "60"),        // 4
            Patient("E", t, "200"),             // 0
            Patient("F", t),                    // not evaluable
        ]);

        var row = Assert.Single(rows);
        Assert.Equal(5, row.Evaluable);
        Assert.Equal([1, 1, 1, 1, 1], row.ByGrade);
        Assert.Equal(4, row.AnyGrade);
        Assert.Equal(2, row.GradeThreeOrMore);
        Assert.Equal(40m, row.Percent(row.GradeThreeOrMore));
        Assert.Equal("2 (40.0)", row.Cell(row.GradeThreeOrMore));
        Assert.Equal(4, row.TreatmentEmergent);
    }

    [Fact]
    public void Terms_are_rows_in_the_order_of_the_terms()
    {
        var rows = SafetyTable.Build([Patient("A", CtcaeTerm.LymphocyteCountDecreased, "0.1"), Patient("A", CtcaeTerm.PlateletCountDecreased, "100")]);

        Assert.Equal([CtcaeTerm.PlateletCountDecreased, CtcaeTerm.LymphocyteCountDecreased], rows.Select(r => r.Term));
    }

    [Fact]
    public void A_patient_twice_for_one_term_is_a_caller_error()
    {
        var a = Patient("A", CtcaeTerm.PlateletCountDecreased, "100");

        Assert.Throws<ArgumentException>(() => SafetyTable.Build([a, a]));
    }

    [Fact]
    public void No_evaluable_patient_gives_no_percentage()
    {
        var row = Assert.Single(SafetyTable.Build([Patient("A", CtcaeTerm.PlateletCountDecreased)]));

        Assert.Equal(0, row.Evaluable);
        Assert.Null(row.Percent(0));
        Assert.Equal("—", row.Cell(0));
    }
}
