using System.Globalization;
using Lutetia.Statistics.Distributions;
using Lutetia.Statistics.Proportions;

namespace Lutetia.Statistics.Agreement;

/// <summary>
/// Cohen's kappa, unweighted (Cohen 1960, Educ Psychol Meas 20:37) or weighted (Cohen 1968,
/// Psychol Bull 70:213), with the large-sample variances of Fleiss, Cohen &amp; Everitt (1969,
/// Psychol Bull 72:323) as Fleiss, Levin &amp; Paik (2003, §18.1) give them. See docs/sample-size.md
/// for the formulas; tools/golden/proportions.R writes them plainly in R.
/// </summary>
public static class CohenKappa
{
    /// <summary>
    /// Kappa from a k × k table of counts: <paramref name="counts"/>[i, j] subjects put in category
    /// i by the first rater and j by the second, categories in their natural order (the order
    /// matters for the weighted kappas).
    /// </summary>
    public static KappaResult FromTable(int[,] counts, KappaWeighting weighting = KappaWeighting.Unweighted, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Require.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));
        int k = counts.GetLength(0);
        if (k == 0 || counts.GetLength(1) != k)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"counts must be a square table with at least one category; it was {counts.GetLength(0)} × {counts.GetLength(1)}."), nameof(counts));
        long total = 0, agreeing = 0;
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
            {
                if (counts[i, j] < 0)
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                        $"counts[{i}, {j}] is {counts[i, j]}: a count cannot be negative."), nameof(counts));
                total += counts[i, j];
                if (i == j)
                    agreeing += counts[i, j];
            }
        if (total == 0)
            throw new ArgumentException("counts holds no subject: kappa needs at least one pair of ratings.", nameof(counts));
        if (total > int.MaxValue)
            throw new ArgumentException("counts holds more than 2³¹ − 1 subjects.", nameof(counts));
        return Compute(counts, k, (int)total, 100.0 * agreeing / total, weighting, confidenceLevel);
    }

    /// <summary>
    /// Kappa from two raters' ratings of the same subjects, pair by pair, over the categories in
    /// <paramref name="categories"/> (in their natural order). A rating outside the categories is an error.
    /// </summary>
    public static KappaResult FromRatings<T>(IReadOnlyList<T> first, IReadOnlyList<T> second, IReadOnlyList<T> categories,
        KappaWeighting weighting = KappaWeighting.Unweighted, double confidenceLevel = 0.95)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(categories);
        if (first.Count != second.Count)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"second has {second.Count} ratings but first has {first.Count}: the ratings must be paired subject by subject."), nameof(second));
        var index = Require.DistinctCategories(categories, nameof(categories));
        var counts = new int[categories.Count, categories.Count];
        for (int s = 0; s < first.Count; s++)
            counts[Category(index, first[s], s, nameof(first)), Category(index, second[s], s, nameof(second))]++;
        return FromTable(counts, weighting, confidenceLevel);
    }

    private static int Category<T>(Dictionary<T, int> index, T rating, int subject, string rater) where T : notnull =>
        index.TryGetValue(rating, out int c) ? c : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
            $"{rater}[{subject}] is '{rating}', which is not one of the categories given."), rater);

    private static KappaResult Compute(int[,] counts, int k, int n, double percentAgreement, KappaWeighting weighting, double level)
    {
        var w = KappaWeights.For(weighting, k);
        var p = new double[k, k];
        var rowCounts = new long[k];
        var columnCounts = new long[k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
            {
                p[i, j] = (double)counts[i, j] / n;
                rowCounts[i] += counts[i, j];
                columnCounts[j] += counts[i, j];
            }
        var rows = new double[k];
        var columns = new double[k];
        for (int i = 0; i < k; i++)
        {
            rows[i] = (double)rowCounts[i] / n;
            columns[i] = (double)columnCounts[i] / n;
        }
        // Sums of weighted counts divided once at the end, so that perfect agreement is exactly 1.
        double observedCount = 0, expectedCount = 0;
        var rowMeanWeight = new double[k];    // w̄_i. = Σ_j p_.j w_ij
        var columnMeanWeight = new double[k]; // w̄_.j = Σ_i p_i. w_ij
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
            {
                observedCount += w[i, j] * counts[i, j];
                expectedCount += w[i, j] * rowCounts[i] * columnCounts[j];
                rowMeanWeight[i] += columns[j] * w[i, j];
                columnMeanWeight[j] += rows[i] * w[i, j];
            }
        double observed = observedCount / n;
        double expected = expectedCount / ((double)n * n);
        if (!(1 - expected > 0)) // every subject in one category for both raters: chance explains all
            return new KappaResult(weighting, n, percentAgreement, observed, expected, null, null, null, null, level, null, null, null);

        double kappa = (observed - expected) / (1 - expected);
        double sum = 0, sumNull = 0;
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
            {
                double margins = rowMeanWeight[i] + columnMeanWeight[j];
                double d = w[i, j] - margins * (1 - kappa);
                sum += p[i, j] * d * d;
                double d0 = w[i, j] - margins;
                sumNull += rows[i] * columns[j] * d0 * d0;
            }
        double scale = n * (1 - expected) * (1 - expected);
        double bias = kappa - expected * (1 - kappa);
        double se = Math.Sqrt(Math.Max((sum - bias * bias) / scale, 0));
        double seNull = Math.Sqrt(Math.Max((sumNull - expected * expected) / scale, 0));
        double z = StandardNormal.Quantile((1 + level) / 2);
        double? statistic = seNull > 0 ? kappa / seNull : null;
        double? pValue = statistic is { } s ? StandardNormal.TwoSidedP(s) : null;
        return new KappaResult(weighting, n, percentAgreement, observed, expected, kappa, se,
            Math.Max(kappa - z * se, -1), Math.Min(kappa + z * se, 1), level, seNull, statistic, pValue);
    }
}
