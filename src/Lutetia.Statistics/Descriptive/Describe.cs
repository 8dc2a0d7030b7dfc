using System.Globalization;
using Lutetia.Statistics.Proportions;

namespace Lutetia.Statistics.Descriptive;

/// <summary>Descriptive statistics for table rows (Table 1 and Table 3 of a report).</summary>
public static class Describe
{
    /// <summary>
    /// n, mean, SD, minimum, quartiles (R type 7), median and maximum of the values that are not
    /// NaN; NaN marks a missing value and is counted in <see cref="ContinuousSummary.Missing"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A value is infinite.</exception>
    public static ContinuousSummary Continuous(ReadOnlySpan<double> values)
    {
        var known = new double[values.Length];
        int n = 0;
        for (int i = 0; i < values.Length; i++)
        {
            double v = values[i];
            if (double.IsNaN(v))
                continue;
            if (double.IsInfinity(v))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"values[{i}] is {v}: a measurement must be finite (use NaN for a missing value)."), nameof(values));
            known[n++] = v;
        }
        int missing = values.Length - n;
        if (n == 0)
            return new ContinuousSummary(0, missing, null, null, null, null, null, null, null);
        var sorted = known.AsSpan(0, n);
        sorted.Sort();
        double mean = Mean(sorted);
        double? sd = null;
        if (n > 1)
        {
            double squares = 0;
            for (int i = 0; i < n; i++)
                squares += (sorted[i] - mean) * (sorted[i] - mean);
            sd = Math.Sqrt(squares / (n - 1));
        }
        return new ContinuousSummary(n, missing, mean, sd, sorted[0], Quantiles.Type7(sorted, 0.25),
            Quantiles.Type7(sorted, 0.5), Quantiles.Type7(sorted, 0.75), sorted[n - 1]);
    }

    /// <summary>The same summary of values where null (or NaN) marks a missing value.</summary>
    public static ContinuousSummary Continuous(IReadOnlyList<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var plain = new double[values.Count];
        for (int i = 0; i < plain.Length; i++)
            plain[i] = values[i] ?? double.NaN;
        return Continuous(plain);
    }

    /// <summary>
    /// n (%) for each of <paramref name="categories"/> (in that order) among <paramref name="values"/>,
    /// a null value being missing. The percentage is of all values or of the known ones. A value
    /// that is not one of the categories is an error.
    /// </summary>
    public static CategoricalSummary<T> Categories<T>(IReadOnlyList<T?> values, IReadOnlyList<T> categories, Denominator denominator = Denominator.All)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(categories);
        var index = Require.DistinctCategories(categories, nameof(categories));
        var counts = new int[categories.Count];
        int missing = 0;
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value)
                missing++;
            else if (index.TryGetValue(value, out int c))
                counts[c]++;
            else
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"values[{i}] is '{value}', which is not one of the categories given."), nameof(values));
        }
        int of = denominator == Denominator.Known ? values.Count - missing : values.Count;
        var rows = new CategoryCount<T>[categories.Count];
        for (int c = 0; c < rows.Length; c++)
            rows[c] = CategoryCount<T>.Create(categories[c], counts[c], of);
        return new CategoricalSummary<T>(rows, missing, values.Count);
    }

    /// <summary>
    /// n (%) of the subjects for whom <paramref name="values"/> is true; null is missing and is left
    /// out of the denominator only when <paramref name="denominator"/> is <see cref="Denominator.Known"/>.
    /// </summary>
    public static CategoryCount<bool> Yes(IReadOnlyList<bool?> values, Denominator denominator = Denominator.All)
    {
        ArgumentNullException.ThrowIfNull(values);
        int yes = 0, known = 0;
        for (int i = 0; i < values.Count; i++)
            if (values[i] is { } v)
            {
                known++;
                if (v)
                    yes++;
            }
        return CategoryCount<bool>.Create(true, yes, denominator == Denominator.Known ? known : values.Count);
    }

    /// <summary>The mean, summed in order then corrected by the mean residual, as R's <c>mean</c> does.</summary>
    private static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        for (int i = 0; i < values.Length; i++)
            sum += values[i];
        double mean = sum / values.Length;
        double residual = 0;
        for (int i = 0; i < values.Length; i++)
            residual += values[i] - mean;
        return mean + residual / values.Length;
    }
}
