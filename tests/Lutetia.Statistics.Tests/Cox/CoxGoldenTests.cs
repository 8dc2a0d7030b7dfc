using Lutetia.Statistics.Cox;
using Lutetia.Statistics.Tests.Golden;

namespace Lutetia.Statistics.Tests.Cox;

/// <summary>coxph (Efron and Breslow, with and without strata) against R, to 1e-6 relative.</summary>
public sealed class CoxGoldenTests
{
    public static TheoryData<string, string> Fits()
    {
        var golden = GoldenTable.Load("cox_fit.csv");
        var data = new TheoryData<string, string>();
        for (int r = 0; r < golden.Count; r++) data.Add(golden.Text(r, "case"), golden.Text(r, "ties"));
        return data;
    }

    internal static CoxModel FitCase(string name, string ties)
    {
        var fit = GoldenTable.Load("cox_fit.csv").Where((t, r) => t.Text(r, "case") == name && t.Text(r, "ties") == ties);
        var d = GoldenTable.Load($"coxdata_{name}.csv");
        var covariates = fit.Text(0, "covariates").Split(';').Select(c => new CoxCovariate(c, d.Numbers(c))).ToList();
        string[] strata = fit.Text(0, "strat") == "1" ? d.Texts("strata") : [];
        return CoxRegression.Fit(d.Numbers("time"), d.Integers("status"), covariates, strata,
            new CoxOptions(ties == "efron" ? CoxTies.Efron : CoxTies.Breslow));
    }

    [Theory]
    [MemberData(nameof(Fits))]
    public void Coefficients_standard_errors_and_hazard_ratios_equal_coxph(string name, string ties)
    {
        var model = FitCase(name, ties);
        var golden = GoldenTable.Load("cox_coefficients.csv").Where((t, r) => t.Text(r, "case") == name && t.Text(r, "ties") == ties);
        CoxGolden.SameCoefficients(golden, model.Coefficients, $"{name} {ties}");
        for (int r = 0; r < golden.Count; r++)
            Near.Equal(golden.Number(r, "z"), model.Coefficients[r].Z, Near.Cox, $"{name} {ties} {model.Coefficients[r].Name} z");
    }

    [Theory]
    [MemberData(nameof(Fits))]
    public void Likelihoods_tests_concordance_and_iterations_equal_coxph(string name, string ties)
    {
        var m = FitCase(name, ties);
        var g = GoldenTable.Load("cox_fit.csv").Where((t, r) => t.Text(r, "case") == name && t.Text(r, "ties") == ties);
        string at = $"{name} {ties}";
        Assert.Equal((int)g.Number(0, "n"), m.N);
        Assert.Equal((int)g.Number(0, "events"), m.Events);
        Assert.Equal((int)g.Number(0, "iter"), m.Iterations);
        Near.Equal(g.Number(0, "loglik0"), m.LogLikNull, Near.Cox, at + " loglik(0)");
        Near.Equal(g.Number(0, "loglik1"), m.LogLik, Near.Cox, at + " loglik");
        Near.Equal(g.Number(0, "lrt"), m.LikelihoodRatio.ChiSquare, Near.Cox, at + " LR");
        Near.Equal(g.Number(0, "wald"), m.Wald.ChiSquare, Near.Cox, at + " Wald");
        Near.Equal(g.Number(0, "score"), m.Score.ChiSquare, Near.Cox, at + " score");
        Assert.Equal((int)g.Number(0, "df"), m.Wald.Df);
        Near.Equal(g.Number(0, "lrt_p"), m.LikelihoodRatio.P, Near.Cox, at + " LR p");
        Near.Equal(g.Number(0, "wald_p"), m.Wald.P, Near.Cox, at + " Wald p");
        Near.Equal(g.Number(0, "score_p"), m.Score.P, Near.Cox, at + " score p");
        Near.Equal(g.Number(0, "concordance"), m.Concordance, Near.Cox, at + " concordance");
    }

    [Fact]
    public void A_covariate_that_separates_the_data_is_refused_where_R_warns_of_an_infinite_coefficient()
    {
        Assert.StartsWith("Loglik converged before variable", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "golden", "survival", "cox_separated_warning.txt")), StringComparison.Ordinal);
        var d = GoldenTable.Load("coxdata_separated.csv");
        var ex = Assert.Throws<CoxFitException>(() => CoxRegression.Fit(d.Numbers("time"), d.Integers("status"), [new CoxCovariate("x", d.Numbers("x"))]));
        Assert.Contains("'x'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("infinite", ex.Message, StringComparison.Ordinal);
    }
}
