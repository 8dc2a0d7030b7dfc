namespace Lutetia.Statistics.Descriptive;

/// <summary>
/// A categorical variable as n (%) rows, one per category in the order given, with the missing
/// values counted in a row of their own (<see cref="Missing"/>, whose percentage is of all subjects).
/// </summary>
/// <param name="Rows">One row per category, in the order the categories were given.</param>
/// <param name="Missing">The subjects without a value, as a count of all subjects.</param>
/// <param name="Total">All subjects, missing ones included.</param>
public sealed record CategoricalSummary<T>(IReadOnlyList<CategoryCount<T>> Rows, int Missing, int Total)
{
    /// <summary>Missing values as a percentage of all subjects; null when there is no subject.</summary>
    public double? MissingPercent => Total == 0 ? null : 100.0 * Missing / Total;
}
