using System.Globalization;

namespace Lutetia.Statistics;

/// <summary>
/// The argument checks of Lutetia.Statistics (survival, Cox, competing risks, proportions, designs,
/// agreement, descriptive statistics): a bad value is a bug in the caller, reported with the
/// argument's name, the index and the value it had. Data a statistic is undefined on are refused
/// as values by the Try… entry points instead.
/// </summary>
internal static class Require
{
    /// <summary>A probability strictly between 0 and 1 (a rate under a hypothesis, alpha, power).</summary>
    public static void OpenProbability(double value, string name)
    {
        if (!(value > 0 && value < 1))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a probability strictly between 0 and 1; it was {Show(value)}.");
    }

    /// <summary>A confidence level strictly between 0 and 1 (0.95 for a 95 % interval).</summary>
    public static void ConfidenceLevel(double value, string name)
    {
        if (!(value > 0 && value < 1))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must lie strictly between 0 and 1 (0.95 for a 95 % interval); it was {Show(value)}.");
    }

    /// <summary>A count of successes <paramref name="x"/> out of <paramref name="n"/> trials, 0 ≤ x ≤ n, n ≥ 1.</summary>
    public static void Successes(int x, int n, string xName, string nName)
    {
        if (n <= 0)
            throw new ArgumentOutOfRangeException(nName, n, $"{nName} (the number of trials) must be at least 1; it was {n}.");
        if (x < 0 || x > n)
            throw new ArgumentOutOfRangeException(xName, x, $"{xName} (the number of successes) must lie between 0 and {nName} = {n}; it was {x}.");
    }

    /// <summary>Each category's position in <paramref name="categories"/>, which must not repeat one.</summary>
    public static Dictionary<T, int> DistinctCategories<T>(IReadOnlyList<T> categories, string name) where T : notnull
    {
        var index = new Dictionary<T, int>(categories.Count);
        for (int c = 0; c < categories.Count; c++)
            if (!index.TryAdd(categories[c], c))
                throw new ArgumentException($"{name} lists '{categories[c]}' twice.", name);
        return index;
    }

    /// <summary>Times finite and ≥ 0, events 0 or 1, equal lengths, at least one subject.</summary>
    public static void CheckTimesAndEvents(ReadOnlySpan<double> time, ReadOnlySpan<int> status, string timeName = "time", string statusName = "status")
    {
        if (time.Length == 0) throw new ArgumentException("There are no subjects: the input is empty.", timeName);
        CheckLength(time.Length, status.Length, statusName);
        CheckTimes(time, timeName);
        for (int i = 0; i < status.Length; i++)
        {
            if (status[i] is not (0 or 1))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{statusName}[{i}] is {status[i]}: an event indicator must be 0 (censored) or 1 (event)."), statusName);
        }
    }

    /// <summary>Times finite and ≥ 0.</summary>
    public static void CheckTimes(ReadOnlySpan<double> time, string timeName)
    {
        for (int i = 0; i < time.Length; i++)
        {
            double t = time[i];
            if (double.IsNaN(t) || double.IsInfinity(t))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{timeName}[{i}] is {t}: a time must be a finite number (drop missing values first)."), timeName);
            if (t < 0)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{timeName}[{i}] is {t}: a time must not be negative."), timeName);
        }
    }

    /// <summary>An argument that must have one entry per subject.</summary>
    public static void CheckLength(int expected, int actual, string name)
    {
        if (actual != expected)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"{name} has {actual} entries but there are {expected} times: one entry per subject is needed."), name);
    }

    /// <summary>Labels present (no null) and one per subject.</summary>
    public static void CheckLabels(ReadOnlySpan<string> labels, int n, string name)
    {
        CheckLength(n, labels.Length, name);
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] is null)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{name}[{i}] is null: every subject needs a label (drop missing values first)."), name);
        }
    }

    public static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
