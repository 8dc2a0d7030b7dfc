using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lutetia.Criteria.Toxicity;

namespace Lutetia.Criteria.Tests.Toxicity;

/// <summary>Properties every CTCAE grading must keep, whatever the value.</summary>
public sealed class CtcaePropertyTests
{
    private static readonly CtcaeTerm[] Decreased =
        [CtcaeTerm.Anemia, CtcaeTerm.PlateletCountDecreased, CtcaeTerm.NeutrophilCountDecreased, CtcaeTerm.WhiteBloodCellDecreased, CtcaeTerm.LymphocyteCountDecreased];

    private static readonly CtcaeTerm[] Increased =
        [CtcaeTerm.CreatinineIncreased, CtcaeTerm.AspartateAminotransferaseIncreased, CtcaeTerm.AlanineAminotransferaseIncreased,
         CtcaeTerm.AlkalinePhosphataseIncreased, CtcaeTerm.BloodBilirubinIncreased, CtcaeTerm.GgtIncreased];

    private static Arbitrary<decimal> Hundredths() => Arb.From(Gen.Choose(0, 100_000).Select(i => i / 100m));

    [Property(MaxTest = 500)]
    public Property A_lower_count_never_has_a_lower_grade() =>
        Prop.ForAll(Hundredths(), Hundredths(), Arb.From(Gen.Elements(Decreased)), (a, b, term) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            var unit = LabUnits.For(term)[0].Name;
            Assert.True(Grade(term, low, unit, lln: 4m, uln: null) >= Grade(term, high, unit, lln: 4m, uln: null));
        });

    [Property(MaxTest = 500)]
    public Property A_higher_value_never_has_a_lower_grade_whatever_the_baseline() =>
        Prop.ForAll(Hundredths(), Hundredths(), Arb.From(Gen.Elements(Increased).Zip(Gen.Choose(1, 100_000))), (a, b, pick) =>
        {
            var (term, baseline) = (pick.Item1, pick.Item2 / 100m);
            var (low, high) = a <= b ? (a, b) : (b, a);
            var unit = LabUnits.For(term)[0].Name;
            var start = Labs.Value(term, -1, "1", unit, uln: "40") with { Value = baseline };
            Assert.True(Course(term, start, low, unit) <= Course(term, start, high, unit));
        });

    [Property(MaxTest = 300)]
    public Property A_count_in_cells_per_cubic_millimetre_grades_as_the_same_count_in_10_9_per_litre() =>
        Prop.ForAll(Hundredths(), Arb.From(Gen.Elements(Decreased[1..])), (value, term) =>
        {
            Assert.Equal(Grade(term, value, "10^9/L", lln: 4m, uln: null), Grade(term, value * 1000m, "/mm³", lln: 4000m, uln: null));
        });

    [Property(MaxTest = 300)]
    public Property Grades_stay_between_0_and_4() =>
        Prop.ForAll(Hundredths(), Arb.From(Gen.Elements([.. Decreased, .. Increased])), (value, term) =>
        {
            var unit = LabUnits.For(term)[0].Name;
            Assert.InRange(Grade(term, value, unit, lln: 1m, uln: 1m), 0, 4);
        });

    private static int Grade(CtcaeTerm term, decimal value, string unit, decimal? lln, decimal? uln) =>
        Labs.Grade(Labs.Value(term, 0, "0", unit) with { Value = value, Lln = lln, Uln = uln });

    private static int Course(CtcaeTerm term, LabMeasurement baseline, decimal value, string unit) =>
        Labs.Course(baseline, Labs.Value(term, 10, "0", unit, uln: "40") with { Value = value }).WorstGrade!.Value;
}
