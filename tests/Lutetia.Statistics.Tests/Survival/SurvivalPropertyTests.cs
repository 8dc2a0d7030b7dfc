using FsCheck;
using FsCheck.Fluent;
using Lutetia.Statistics.Cox;
using Lutetia.Statistics.Survival;

namespace Lutetia.Statistics.Tests.Survival;

/// <summary>Properties that hold for any data: shape of the curve, invariances of the tests.</summary>
public sealed class SurvivalPropertyTests
{
    private static (double[] Time, int[] Status, string[] Group) Data(int[] raw)
    {
        int n = Math.Max(raw.Length, 2);
        var time = new double[n];
        var status = new int[n];
        var group = new string[n];
        for (int i = 0; i < n; i++)
        {
            int r = i < raw.Length ? Math.Abs(raw[i]) : i;
            time[i] = r % 13;
            status[i] = (r / 13) % 3 == 0 ? 0 : 1;
            group[i] = i % 2 == 0 ? "a" : "b";
        }
        status[0] = 1;
        status[1] = 1;
        return (time, status, group);
    }

    [FsCheck.Xunit.Property]
    public void Survival_never_rises_and_stays_in_0_1_and_at_risk_counts_fall(int[] raw)
    {
        var (time, status, _) = Data(raw);
        var c = KaplanMeier.Fit(time, status);
        Assert.Equal(time.Length, c.NRisk[0]);
        for (int i = 0; i < c.Time.Length; i++)
        {
            Assert.InRange(c.Survival[i], 0, 1);
            if (!double.IsNaN(c.Lower[i])) Assert.True(c.Lower[i] <= c.Survival[i] + 1e-15 && c.Survival[i] <= c.Upper[i] + 1e-15);
            if (i == 0) continue;
            Assert.True(c.Survival[i] <= c.Survival[i - 1]);
            Assert.Equal(c.NRisk[i - 1] - c.NEvent[i - 1] - c.NCensor[i - 1], c.NRisk[i]);
        }
    }

    [FsCheck.Xunit.Property]
    public void The_log_rank_statistic_does_not_depend_on_the_group_labels(int[] raw)
    {
        var (time, status, group) = Data(raw);
        string[] renamed = [.. group.Select(g => g == "a" ? "z" : "y")];
        LogRankResult? one = null, two = null;
        var oneFailed = Record.Exception(() => one = LogRank.Test(time, status, group));
        var twoFailed = Record.Exception(() => two = LogRank.Test(time, status, renamed));
        // Data without information (a singular variance) is refused whatever the labels.
        Assert.Equal(oneFailed is null, twoFailed is null);
        if (one is null || two is null) return;
        Assert.Equal(one.Test.ChiSquare, two.Test.ChiSquare, 1e-9 * (1 + one.Test.ChiSquare));
    }

    [FsCheck.Xunit.Property(MaxTest = 30)]
    public void A_Cox_coefficient_is_unchanged_by_a_monotone_transform_of_time(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        int n = 60;
        var time = new double[n];
        var status = new int[n];
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = random.Next(0, 2);
            time[i] = random.Next(1, 40) / (1 + x[i]);
            status[i] = random.NextDouble() < 0.7 ? 1 : 0;
        }
        double[] logTime = [.. time.Select(t => Math.Log(t) + 100)];
        var a = CoxRegression.Fit(time, status, [new CoxCovariate("x", x)]);
        var b = CoxRegression.Fit(logTime, status, [new CoxCovariate("x", x)]);
        Assert.Equal(a.Coefficients[0].Coef, b.Coefficients[0].Coef, 1e-12);
        Assert.Equal(a.Concordance, b.Concordance, 1e-15);
    }

    [FsCheck.Xunit.Property(MaxTest = 30)]
    public void Without_ties_the_log_rank_statistic_is_the_Cox_score_test_of_the_group(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        int n = 40;
        var time = new double[n];
        var status = new int[n];
        var group = new string[n];
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = i % 2;
            group[i] = x[i] == 0 ? "a" : "b";
            time[i] = i + 1 + random.NextDouble() * 30 * (1 + x[i]);
            status[i] = random.NextDouble() < 0.75 ? 1 : 0;
        }
        status[0] = status[1] = 1;
        var logRank = LogRank.Test(time, status, group);
        var cox = CoxRegression.Fit(time, status, [new CoxCovariate("b", x)], options: new CoxOptions(CoxTies.Breslow));
        Assert.Equal(logRank.Test.ChiSquare, cox.Score.ChiSquare, 1e-9 * (1 + logRank.Test.ChiSquare));
    }

    [FsCheck.Xunit.Property]
    public void A_group_s_curve_is_the_curve_of_its_subjects_alone(int[] raw)
    {
        var (time, status, group) = Data(raw);
        var byGroup = KaplanMeier.FitByGroup(time, status, group);
        foreach (var curve in byGroup.Curves)
        {
            int[] mine = [.. Enumerable.Range(0, time.Length).Where(i => group[i] == curve.Group)];
            var alone = KaplanMeier.Fit([.. mine.Select(i => time[i])], [.. mine.Select(i => status[i])]);
            Assert.Equal(alone.Time, curve.Time);
            Assert.Equal(alone.Survival, curve.Survival);
            Assert.Equal(alone.NRisk, curve.NRisk);
        }
    }
}
