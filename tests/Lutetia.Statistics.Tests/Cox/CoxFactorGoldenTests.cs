using Lutetia.Statistics.Cox;
using Lutetia.Statistics.Tests.Golden;

namespace Lutetia.Statistics.Tests.Cox;

/// <summary>
/// Factor covariates in treatment contrasts against R's coxph (tools/golden/cox_factors.R), to 1e-6
/// relative: univariable and multivariable coefficients, hazard ratios, CIs and p, and n and events per level.
/// </summary>
public sealed class CoxFactorGoldenTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var key in GoldenTable.Load("coxfactor_coefficients.csv").Distinct("case", "ties")) data.Add(key[0], key[1]);
        return data;
    }

    internal static (HazardRatioReport Report, List<CoxTerm> Terms) Fit(string name, string ties)
    {
        var spec = GoldenTable.Load("coxfactor_cases.csv").Where((t, r) => t.Text(r, "case") == name);
        var d = GoldenTable.Load($"coxfactordata_{name}.csv");
        var references = spec.Text(0, "reference").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var terms = spec.Text(0, "factors").Split(';').Select(f => CoxTerm.Factor(f, d.Texts(f), references.GetValueOrDefault(f)))
            .Concat(spec.Text(0, "numbers").Split(';').Select(x => CoxTerm.Numeric(x, d.Numbers(x)))).ToList();
        var report = CoxHazardRatios.Report(d.Numbers("time"), d.Integers("status"), terms, default,
            new CoxOptions(ties == "efron" ? CoxTies.Efron : CoxTies.Breslow));
        return (report, terms);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Multivariable_coefficients_equal_coxph_with_factors(string name, string ties)
    {
        var (report, _) = Fit(name, ties);

        Same(Golden(name, ties, "multivariable"), report.Multivariable, $"{name} {ties} multivariable");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_univariable_model_equals_coxph_of_that_term_alone(string name, string ties)
    {
        var (report, terms) = Fit(name, ties);

        for (int t = 0; t < terms.Count; t++)
            Same(Golden(name, ties, terms[t].Name), report.Univariable[t], $"{name} {ties} {terms[t].Name}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Levels_come_in_R_order_with_their_subjects_and_events(string name, string ties)
    {
        var (report, _) = Fit(name, ties);
        var levels = GoldenTable.Load("coxfactor_levels.csv").Where((t, r) => t.Text(r, "case") == name);
        var rows = report.Rows.Where(r => r.Level is not null).ToList();

        Assert.Equal(levels.Texts("term"), rows.Select(r => r.Term));
        Assert.Equal(levels.Texts("level"), rows.Select(r => r.Level!));
        Assert.Equal(levels.Integers("n"), rows.Select(r => r.N));
        Assert.Equal(levels.Integers("events"), rows.Select(r => r.Events));
        Assert.All(rows, r => Assert.Equal(r.IsReference, r.Multivariable is null));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_row_carries_the_coefficient_of_its_own_level(string name, string ties)
    {
        var (report, _) = Fit(name, ties);

        foreach (var row in report.Rows.Where(r => !r.IsReference))
        {
            var column = row.Term + (row.Level ?? "");
            Assert.Equal(column, row.Multivariable!.Name);
            Assert.Equal(column, row.Univariable!.Name);
        }
    }

    private static GoldenTable Golden(string name, string ties, string model) =>
        GoldenTable.Load("coxfactor_coefficients.csv").Where((t, r) => t.Text(r, "case") == name && t.Text(r, "ties") == ties && t.Text(r, "model") == model);

    private static void Same(GoldenTable golden, CoxModel model, string at)
    {
        Near.Equal(golden.Number(0, "loglik"), model.LogLik, Near.Cox, at + " loglik");
        Assert.Equal((int)golden.Number(0, "events"), model.Events);
        CoxGolden.SameCoefficients(golden, model.Coefficients, at);
    }
}
