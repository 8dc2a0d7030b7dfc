using Lutetia.Statistics.Survival;
using Lutetia.Statistics.Tests.Golden;

namespace Lutetia.Statistics.Tests.Survival;

/// <summary>Kaplan–Meier against R survival 3.5 (tools/golden/survival.R), to 1e-9 relative.</summary>
public sealed class KaplanMeierGoldenTests
{
    public static TheoryData<string, string> CasesAndTypes()
    {
        var data = new TheoryData<string, string>();
        foreach (string name in SurvivalCase.Names)
        {
            foreach (string type in new[] { "log", "loglog", "plain" }) data.Add(name, type);
        }
        return data;
    }

    public static TheoryData<string> Cases() => [.. SurvivalCase.Names];

    internal static KaplanMeierFit FitCase(SurvivalCase c, ConfidenceType type) =>
        KaplanMeier.FitByGroup(c.Time, c.Status, c.Grouped ? c.Group : default, new KaplanMeierOptions(type));

    internal static ConfidenceType TypeOf(string tag) => tag switch
    {
        "log" => ConfidenceType.Log,
        "loglog" => ConfidenceType.LogLog,
        _ => ConfidenceType.Plain,
    };

    [Theory]
    [MemberData(nameof(CasesAndTypes))]
    public void Every_row_of_the_curve_equals_summary_survfit_with_censored_rows(string name, string type) =>
        AssertRows(FitCase(SurvivalCase.Load(name), TypeOf(type)), GoldenTable.Load($"km_{name}_{type}.csv"), $"{name} {type}");

    [Theory]
    [MemberData(nameof(CasesAndTypes))]
    public void Median_its_limits_and_the_restricted_mean_equal_the_summary_table(string name, string type) =>
        AssertTable(FitCase(SurvivalCase.Load(name), TypeOf(type)), GoldenTable.Load($"kmtable_{name}_{type}.csv"), $"{name} {type}");

    [Fact]
    public void A_90_percent_band_and_its_median_limits_equal_R_conf_int_0_9()
    {
        var c = SurvivalCase.Load("aml");
        var fit = KaplanMeier.FitByGroup(c.Time, c.Status, c.Group, new KaplanMeierOptions(ConfidenceType.Log, 0.90));
        AssertRows(fit, GoldenTable.Load("km_aml_log_90.csv"), "aml 90 %");
        AssertTable(fit, GoldenTable.Load("kmtable_aml_log_90.csv"), "aml 90 %");
    }

    private static void AssertRows(KaplanMeierFit fit, GoldenTable golden, string what)
    {
        int row = 0;
        foreach (var curve in fit.Curves)
        {
            for (int i = 0; i < curve.Time.Length; i++, row++)
            {
                string at = $"{what} group '{curve.Group}' row {i}";
                Assert.Equal(golden.Text(row, "group"), curve.Group);
                Near.Equal(golden.Number(row, "time"), curve.Time[i], Near.Survival, at + " time");
                Assert.Equal((int)golden.Number(row, "n_risk"), curve.NRisk[i]);
                Assert.Equal((int)golden.Number(row, "n_event"), curve.NEvent[i]);
                Assert.Equal((int)golden.Number(row, "n_censor"), curve.NCensor[i]);
                Near.Equal(golden.Number(row, "surv"), curve.Survival[i], Near.Survival, at + " surv");
                Near.Equal(golden.Number(row, "std_err"), curve.StdErr[i], Near.Survival, at + " std_err");
                Near.Equal(golden.Number(row, "lower"), curve.Lower[i], Near.Survival, at + " lower");
                Near.Equal(golden.Number(row, "upper"), curve.Upper[i], Near.Survival, at + " upper");
            }
        }
        Assert.Equal(golden.Count, row);
    }

    private static void AssertTable(KaplanMeierFit fit, GoldenTable golden, string what)
    {
        var summaries = fit.Summaries();
        Assert.Equal(golden.Count, summaries.Length);
        for (int r = 0; r < golden.Count; r++)
        {
            var s = summaries[r];
            string at = $"{what} group '{s.Group}'";
            Assert.Equal(golden.Text(r, "group"), s.Group);
            Assert.Equal((int)golden.Number(r, "n"), s.N);
            Assert.Equal((int)golden.Number(r, "events"), s.Events);
            Near.Equal(golden.Number(r, "rmean"), s.RestrictedMean.Mean, Near.Survival, at + " rmean");
            Near.Equal(golden.Number(r, "se_rmean"), s.RestrictedMean.StdErr, Near.Survival, at + " se(rmean)");
            Near.Equal(golden.Number(r, "median"), s.Median.Estimate, Near.Survival, at + " median");
            Near.Equal(golden.Number(r, "lcl"), s.Median.Lower, Near.Survival, at + " median LCL");
            Near.Equal(golden.Number(r, "ucl"), s.Median.Upper, Near.Survival, at + " median UCL");
        }
    }

    [Theory]
    [MemberData(nameof(CasesAndTypes))]
    public void Quantiles_and_their_limits_equal_quantile_survfit(string name, string type)
    {
        var fit = FitCase(SurvivalCase.Load(name), TypeOf(type));
        var golden = GoldenTable.Load($"kmquantile_{name}_{type}.csv");
        for (int r = 0; r < golden.Count; r++)
        {
            var curve = fit.Curves.Single(c => c.Group == golden.Text(r, "group"));
            double p = golden.Number(r, "p");
            var q = curve.Quantile(p);
            string at = $"{name} {type} group '{curve.Group}' p = {p}";
            Near.Equal(golden.Number(r, "quantile"), q.Estimate, Near.Survival, at + " quantile");
            Near.Equal(golden.Number(r, "lower"), q.Lower, Near.Survival, at + " lower");
            Near.Equal(golden.Number(r, "upper"), q.Upper, Near.Survival, at + " upper");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Numbers_at_risk_at_chosen_times_equal_summary_survfit_times(string name)
    {
        var fit = FitCase(SurvivalCase.Load(name), ConfidenceType.Log);
        var golden = GoldenTable.Load($"kmatrisk_{name}.csv");
        for (int r = 0; r < golden.Count; r++)
        {
            var curve = fit.Curves.Single(c => c.Group == golden.Text(r, "group"));
            var point = curve.AtRisk([golden.Number(r, "time")])[0];
            Assert.Equal((int)golden.Number(r, "n_risk"), point.NRisk);
            Near.Equal(golden.Number(r, "surv"), point.Survival, Near.Survival, $"{name} '{curve.Group}' S({point.Time})");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Median_follow_up_by_reverse_Kaplan_Meier_equals_R(string name)
    {
        var c = SurvivalCase.Load(name);
        var golden = GoldenTable.Load($"followup_{name}.csv");
        var result = MedianFollowUp.ReverseKaplanMeierByGroup(c.Time, c.Status, c.Grouped ? c.Group : default);
        Assert.Equal(golden.Count, result.Length);
        for (int r = 0; r < golden.Count; r++)
        {
            Assert.Equal(golden.Text(r, "group"), result[r].Group);
            Near.Equal(golden.Number(r, "median"), result[r].Median.Estimate, Near.Survival, $"{name} follow-up median");
            Near.Equal(golden.Number(r, "lcl"), result[r].Median.Lower, Near.Survival, $"{name} follow-up LCL");
            Near.Equal(golden.Number(r, "ucl"), result[r].Median.Upper, Near.Survival, $"{name} follow-up UCL");
        }
    }
}
