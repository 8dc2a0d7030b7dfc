using System.Globalization;
using Lutetia.Statistics.Survival;
using Lutetia.Statistics.Tests.Golden;

namespace Lutetia.Statistics.Tests.Survival;

/// <summary>survdiff (rho 0 and 1, plain and stratified) against R, to 1e-9 relative.</summary>
public sealed class LogRankGoldenTests
{
    public static TheoryData<string, int, int> Tests()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var k in GoldenTable.Load("logrank.csv").Distinct("case", "rho", "stratified"))
            data.Add(k[0], int.Parse(k[1], CultureInfo.InvariantCulture), int.Parse(k[2], CultureInfo.InvariantCulture));
        return data;
    }

    [Theory]
    [MemberData(nameof(Tests))]
    public void Observed_expected_and_chi_square_equal_survdiff(string name, int rho, int stratified)
    {
        var c = SurvivalCase.Load(name);
        // R's survdiff drops a row whose stratum is missing (na.omit).
        int[] keep = [.. Enumerable.Range(0, c.Time.Length).Where(i => stratified == 0 || c.Strata[i] != "NA")];
        double[] time = [.. keep.Select(i => c.Time[i])];
        int[] status = [.. keep.Select(i => c.Status[i])];
        string[] group = [.. keep.Select(i => c.Group[i])];
        string[] strata = [.. keep.Select(i => c.Strata[i])];
        var result = LogRank.Test(time, status, group, stratified == 1 ? strata : default, rho);
        var golden = GoldenTable.Load("logrank.csv").Where((t, r) =>
            t.Text(r, "case") == name && (int)t.Number(r, "rho") == rho && (int)t.Number(r, "stratified") == stratified);
        Assert.Equal(golden.Count, result.Groups.Length);
        for (int r = 0; r < golden.Count; r++)
        {
            string at = $"{name} rho={rho} strat={stratified} group {golden.Text(r, "group")}";
            Assert.Equal(golden.Text(r, "group"), result.Groups[r]);
            Near.Equal(golden.Number(r, "observed"), result.Observed[r], Near.Survival, at + " observed");
            Near.Equal(golden.Number(r, "expected"), result.Expected[r], Near.Survival, at + " expected");
        }
        Near.Equal(golden.Number(0, "chisq"), result.Test.ChiSquare, Near.Survival, $"{name} chi-square");
        Assert.Equal((int)golden.Number(0, "df"), result.Test.Df);
        Near.Equal(golden.Number(0, "p"), result.Test.P, Near.Survival, $"{name} p");
    }
}
