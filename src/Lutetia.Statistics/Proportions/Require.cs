using System.Globalization;

namespace Lutetia.Statistics.Proportions;

/// <summary>
/// Argument checks shared by the proportion, design, agreement and descriptive routines: a bad
/// value is a bug in the caller, reported with the argument's name and the value it had.
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

    public static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
