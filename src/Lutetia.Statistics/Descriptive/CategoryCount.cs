namespace Lutetia.Statistics.Descriptive;

/// <summary>One "n (%)" row: <see cref="N"/> of <see cref="Of"/>; <see cref="Percent"/> null when Of is 0.</summary>
/// <param name="Category">The category counted.</param>
/// <param name="N">Subjects in the category.</param>
/// <param name="Of">The denominator (all subjects, or those with a known value).</param>
/// <param name="Percent">100 · N / Of, unrounded.</param>
public sealed record CategoryCount<T>(T Category, int N, int Of, double? Percent)
{
    /// <summary>The row for <paramref name="n"/> of <paramref name="of"/>.</summary>
    public static CategoryCount<T> Create(T category, int n, int of) => new(category, n, of, of == 0 ? null : 100.0 * n / of);
}
