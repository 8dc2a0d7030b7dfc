using Lutetia.Domain;

namespace Lutetia.Statistics.Cox;

/// <summary>
/// Hazard ratios of numeric and factor terms as R reports them from
/// <c>coxph(Surv(time, status) ~ a + b, …)</c> with factors in treatment contrasts: the
/// multivariable model, and optionally each term's univariable model, with the subjects and
/// events of every factor level.
/// </summary>
public static class CoxHazardRatios
{
    /// <summary>Fits the models; throws <see cref="CoxFitException"/> when R would warn or fail on one of them.</summary>
    public static HazardRatioReport Report(ReadOnlySpan<double> time, ReadOnlySpan<int> status, IReadOnlyList<CoxTerm> terms,
        ReadOnlySpan<string> strata = default, CoxOptions? options = null, bool univariable = true) =>
        Fit(time, status, terms, strata, options, univariable, throwOnFailure: true).OrThrow();

    /// <summary>
    /// As <see cref="Report"/>, with what the data do not allow returned as a refusal: a term that
    /// cannot be coded (a factor with a single level or an unknown reference), or a model that
    /// cannot be fitted (no event, no convergence, a singular or monotone likelihood).
    /// </summary>
    public static Attempt<HazardRatioReport> TryReport(ReadOnlySpan<double> time, ReadOnlySpan<int> status, IReadOnlyList<CoxTerm> terms,
        ReadOnlySpan<string> strata = default, CoxOptions? options = null, bool univariable = true) =>
        Fit(time, status, terms, strata, options, univariable, throwOnFailure: false);

    private static Attempt<HazardRatioReport> Fit(ReadOnlySpan<double> time, ReadOnlySpan<int> status, IReadOnlyList<CoxTerm> terms,
        ReadOnlySpan<string> strata, CoxOptions? options, bool univariable, bool throwOnFailure)
    {
        var coded = CoxDesign.TryOf(terms, time.Length);
        if (coded.Problem is { } refusal)
            return refusal;
        var design = coded.Value;
        var multi = CoxRegression.TryFit(time, status, design.Covariates, strata, options);
        if (multi.Problem is { } notFitted)
            return throwOnFailure ? throw new CoxFitException(notFitted.Message) : notFitted;
        var single = new List<CoxModel>();
        if (univariable)
        {
            foreach (var term in terms)
            {
                var alone = CoxRegression.TryFit(time, status, CoxDesign.Of([term], time.Length).Covariates, strata, options);
                if (alone.Problem is { } aloneNotFitted)
                    return throwOnFailure ? throw new CoxFitException(aloneNotFitted.Message) : aloneNotFitted;
                single.Add(alone.Value);
            }
        }
        return new HazardRatioReport(Rows(design, status, multi.Value, single), multi.Value, single);
    }

    private static List<HazardRatioRow> Rows(CoxDesign design, ReadOnlySpan<int> status, CoxModel multi, List<CoxModel> single)
    {
        int events = 0;
        foreach (int s in status) events += s;
        var rows = new List<HazardRatioRow>();
        for (int t = 0; t < design.Terms.Count; t++)
        {
            var term = design.Terms[t];
            CoxModel? alone = single.Count > 0 ? single[t] : null;
            if (!term.IsFactor)
            {
                rows.Add(new HazardRatioRow(term.Name, null, false, status.Length, events,
                    alone?.Coefficients[0], multi.Coefficients[term.FirstColumn]));
                continue;
            }
            var (n, e) = PerLevel(term, status);
            for (int level = 0; level < term.Levels.Count; level++)
            {
                bool reference = level == 0;
                rows.Add(new HazardRatioRow(term.Name, term.Levels[level], reference, n[level], e[level],
                    reference ? null : alone?.Coefficients[level - 1],
                    reference ? null : multi.Coefficients[term.FirstColumn + level - 1]));
            }
        }
        return rows;
    }

    private static (int[] N, int[] Events) PerLevel(CodedTerm term, ReadOnlySpan<int> status)
    {
        var n = new int[term.Levels.Count];
        var e = new int[term.Levels.Count];
        for (int i = 0; i < status.Length; i++)
        {
            n[term.Codes![i]]++;
            e[term.Codes[i]] += status[i];
        }
        return (n, e);
    }
}
