using System.Globalization;
using Lutetia.Domain;
using Lutetia.Statistics.Survival;

namespace Lutetia.Statistics.Cox;

/// <summary>
/// The design of a Cox model with numeric and factor terms: the 0/1 columns of R's treatment
/// contrasts (contr.treatment) for every level of a factor but its reference, in level order,
/// and each term's place among the columns.
/// </summary>
public sealed class CoxDesign
{
    private CoxDesign(IReadOnlyList<CoxCovariate> covariates, IReadOnlyList<CodedTerm> terms)
    {
        Covariates = covariates;
        Terms = terms;
    }

    /// <summary>The model's columns, as <see cref="CoxRegression.Fit"/> takes them.</summary>
    public IReadOnlyList<CoxCovariate> Covariates { get; }

    public IReadOnlyList<CodedTerm> Terms { get; }

    /// <summary>
    /// Codes the terms for <paramref name="n"/> subjects. Throws <see cref="ArgumentException"/>
    /// when a factor has a missing label or a single level, or its reference is not one of its levels.
    /// </summary>
    public static CoxDesign Of(IReadOnlyList<CoxTerm> terms, int n) => TryOf(terms, n).OrThrow();

    /// <summary>As <see cref="Of"/>, a factor that cannot be coded (a single level, an unknown reference) returned as a refusal.</summary>
    public static Attempt<CoxDesign> TryOf(IReadOnlyList<CoxTerm> terms, int n)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var covariates = new List<CoxCovariate>();
        var coded = new List<CodedTerm>(terms.Count);
        foreach (var term in terms)
        {
            ArgumentNullException.ThrowIfNull(term);
            if (!term.IsFactor)
            {
                coded.Add(new CodedTerm(term.Name, [], null, covariates.Count));
                covariates.Add(new CoxCovariate(term.Name, term.Numbers!));
                continue;
            }
            var leveled = Levels(term, n);
            if (leveled.Problem is { } refusal)
                return refusal;
            var (levels, codes) = leveled.Value;
            var c = new CodedTerm(term.Name, levels, codes, covariates.Count);
            coded.Add(c);
            for (int level = 1; level < levels.Length; level++)
            {
                var column = new double[n];
                for (int i = 0; i < n; i++) column[i] = codes[i] == level ? 1 : 0;
                covariates.Add(new CoxCovariate(c.ColumnName(level), column));
            }
        }
        return new CoxDesign(covariates, coded);
    }

    /// <summary>The levels in R's order with the reference moved first (relevel), and each subject's level index.</summary>
    private static Attempt<(string[] Levels, int[] Codes)> Levels(CoxTerm term, int n)
    {
        var labels = term.Labels!;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] is null)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"factor '{term.Name}'[{i}] has no label: drop subjects with a missing value first."), nameof(term));
        }
        var coding = GroupCoding.Of(labels, n, $"factor '{term.Name}'");
        var levels = coding.Levels;
        if (levels.Length < 2)
            return new DataProblem($"factor '{term.Name}' has a single level '{levels[0]}': a hazard ratio needs at least two levels.", nameof(term));
        int reference = term.Reference is null ? 0 : Array.IndexOf(levels, term.Reference);
        if (reference < 0)
            return new DataProblem(
                $"the reference level '{term.Reference}' of factor '{term.Name}' is not one of its levels: {string.Join(", ", levels)}.", nameof(term));
        var order = new int[levels.Length];
        order[0] = reference;
        for (int k = 0, next = 1; k < levels.Length; k++)
        {
            if (k != reference) order[next++] = k;
        }
        var position = new int[levels.Length];
        for (int k = 0; k < order.Length; k++) position[order[k]] = k;
        var codes = new int[n];
        for (int i = 0; i < n; i++) codes[i] = position[coding.Codes[i]];
        (string[] Levels, int[] Codes) coded = ([.. order.Select(k => levels[k])], codes);
        return coded;
    }
}
