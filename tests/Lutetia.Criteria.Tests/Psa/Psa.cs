using System.Globalization;
using Lutetia.Criteria.Psa;

namespace Lutetia.Criteria.Tests.Psa;

/// <summary>PSA courses for the tests: patient P01, first dose 2020-01-01, baseline on day −7; follow-up as (day, ng/mL) pairs.</summary>
internal static class Psa
{
    public static readonly DateOnly FirstDose = new(2020, 1, 1);

    public static PsaValue Value(int day, string ngMl, string unit = "ng/mL", int row = 2) =>
        new("P01", FirstDose.AddDays(day), decimal.Parse(ngMl, CultureInfo.InvariantCulture), unit, new SourceRow("psa.csv", row));

    /// <summary>A course from "baseline" then "day:value" items, e.g. Course("10", "28:5", "49:4.8").</summary>
    public static PsaCourse Course(string baseline, params string[] followUp) =>
        new("P01", FirstDose, Value(-7, baseline), followUp.Select((s, i) =>
        {
            var parts = s.Split(':');
            return Value(int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], row: i + 3);
        }).ToArray());

    public static Pcwg3Verdict Verdict(string baseline, params string[] followUp)
    {
        var outcome = Pcwg3.Assess(Course(baseline, followUp));
        Assert.False(outcome.IsRefused, string.Join("; ", outcome.Refusals));
        return outcome.Verdict!;
    }
}
