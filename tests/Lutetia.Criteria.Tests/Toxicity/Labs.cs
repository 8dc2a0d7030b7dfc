using System.Globalization;
using Lutetia.Criteria.Toxicity;

namespace Lutetia.Criteria.Tests.Toxicity;

/// <summary>Laboratory values for the tests: one patient, first dose 2020-01-01, rows numbered as given.</summary>
internal static class Labs
{
    public const string Patient = "P01";
    public static readonly DateOnly FirstDose = new(2020, 1, 1);

    /// <summary>A value <paramref name="day"/> days after the first dose (negative: before it).</summary>
    public static LabMeasurement Value(CtcaeTerm term, int day, string value, string unit, string? lln = null, string? uln = null, int row = 2) =>
        new(Patient, FirstDose.AddDays(day), term, Dec(value), unit, lln is null ? null : Dec(lln), uln is null ? null : Dec(uln),
            new SourceRow("labs.csv", row));

    public static decimal Dec(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    public static int Grade(LabMeasurement value, CtcaeParameters? p = null)
    {
        var outcome = Ctcae50.GradeOne(value, p);
        Assert.False(outcome.IsRefused, string.Join("; ", outcome.Refusals));
        return outcome.Grade!.Grade;
    }

    public static PatientToxicity Course(LabMeasurement? baseline, params LabMeasurement[] followUp)
    {
        var term = (baseline ?? followUp[0]).Term;
        var outcome = Ctcae50.Assess(new LabCourse(Patient, term, FirstDose, baseline, followUp));
        Assert.False(outcome.IsRefused, string.Join("; ", outcome.Refusals));
        return outcome.Toxicity!;
    }
}
