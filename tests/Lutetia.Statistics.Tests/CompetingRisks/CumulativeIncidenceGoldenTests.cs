using System.Globalization;
using Lutetia.Statistics.CompetingRisks;
using Lutetia.Statistics.Tests.Golden;

namespace Lutetia.Statistics.Tests.CompetingRisks;

/// <summary>cmprsk::cuminc curves, variances and Gray's tests against R, to 1e-9 relative.</summary>
public sealed class CumulativeIncidenceGoldenTests
{
    public static TheoryData<string> Cases() => ["pbc", "ties", "colon"];

    public static TheoryData<string, int, double> TestCases()
    {
        var data = new TheoryData<string, int, double>();
        foreach (var k in GoldenTable.Load("cuminc_tests.csv").Distinct("case", "stratified", "rho"))
            data.Add(k[0], int.Parse(k[1], CultureInfo.InvariantCulture), double.Parse(k[2], CultureInfo.InvariantCulture));
        return data;
    }

    private static CumulativeIncidenceResult Run(string name, bool stratified, double rho)
    {
        var d = GoldenTable.Load($"crdata_{name}.csv");
        return CumulativeIncidence.Estimate(d.Numbers("time"), d.Integers("cause"), d.Texts("group"), stratified ? d.Texts("strata") : default, rho);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_corner_of_every_curve_and_its_variance_equal_cuminc(string name)
    {
        var result = Run(name, false, 0);
        var golden = GoldenTable.Load("cuminc_curves.csv").Where((t, r) => t.Text(r, "case") == name);
        int row = 0;
        foreach (var curve in result.Curves)
        {
            for (int i = 0; i < curve.Time.Length; i++, row++)
            {
                string at = $"{name} group {curve.Group} cause {curve.Cause} point {i}";
                Assert.Equal(golden.Text(row, "group"), curve.Group);
                Assert.Equal(golden.Text(row, "cause"), curve.Cause.ToString(CultureInfo.InvariantCulture));
                Near.Equal(golden.Number(row, "time"), curve.Time[i], Near.Survival, at + " time");
                Near.Equal(golden.Number(row, "est"), curve.Estimate[i], Near.Survival, at + " estimate");
                Near.Equal(golden.Number(row, "var"), curve.Variance[i], Near.Survival, at + " variance");
            }
        }
        Assert.Equal(golden.Count, row);
    }

    [Theory]
    [MemberData(nameof(TestCases))]
    public void Grays_test_equals_cuminc_Tests(string name, int stratified, double rho)
    {
        var result = Run(name, stratified == 1, rho);
        var golden = GoldenTable.Load("cuminc_tests.csv").Where((t, r) =>
            t.Text(r, "case") == name && (int)t.Number(r, "stratified") == stratified && t.Number(r, "rho") == rho);
        Assert.Equal(golden.Count, result.Tests.Length);
        for (int r = 0; r < golden.Count; r++)
        {
            var test = result.Tests[r];
            string at = $"{name} strat={stratified} rho={rho} cause {test.Cause}";
            Assert.Equal(golden.Text(r, "cause"), test.Cause.ToString(CultureInfo.InvariantCulture));
            Near.Equal(golden.Number(r, "stat"), test.Statistic, Near.Survival, at + " statistic");
            Near.Equal(golden.Number(r, "pv"), test.P, Near.Survival, at + " p");
            Assert.Equal((int)golden.Number(r, "df"), test.Df);
        }
    }
}
