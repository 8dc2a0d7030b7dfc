using System.Globalization;

namespace Lutetia.Domain;

/// <summary>
/// The one set of generic argument checks (finite, non-negative, between, present, not empty, same
/// length): a failure is a programmer's error, an <see cref="ArgumentException"/> naming the field
/// and its position (<see cref="At"/>). Data a user can fix are refused as values instead
/// (<see cref="DataProblem"/> in an <see cref="Attempt{T}"/>). Lutetia.Statistics adds the checks
/// specific to its arguments (times and events, probabilities) in its own <c>Require</c>.
/// </summary>
public static class Guard
{
    public static ArgumentException Fail(string field, string problem) =>
        new($"{field} {problem}", field);

    public static void Finite(double value, string field)
    {
        if (!double.IsFinite(value))
            throw Fail(field, $"is {value.ToString(CultureInfo.InvariantCulture)}; it must be a finite number.");
    }

    public static void NonNegative(double value, string field)
    {
        Finite(value, field);
        if (value < 0)
            throw Fail(field, $"is {value.ToString(CultureInfo.InvariantCulture)}; it must not be negative.");
    }

    public static void Positive(double value, string field)
    {
        Finite(value, field);
        if (value <= 0)
            throw Fail(field, $"is {value.ToString(CultureInfo.InvariantCulture)}; it must be positive.");
    }

    public static void Between(double value, double low, double high, string field)
    {
        Finite(value, field);
        if (value < low || value > high)
            throw Fail(field, string.Create(CultureInfo.InvariantCulture,
                $"is {value}; it must lie between {low} and {high}."));
    }

    public static void NonNegative(int value, string field)
    {
        if (value < 0)
            throw Fail(field, $"is {value.ToString(CultureInfo.InvariantCulture)}; a count cannot be negative.");
    }

    public static void NotNull(object? value, string field)
    {
        if (value is null)
            throw Fail(field, "is missing.");
    }

    public static void NotEmpty<T>(IReadOnlyList<T>? list, string field)
    {
        NotNull(list, field);
        if (list!.Count == 0)
            throw Fail(field, "is empty.");
    }

    public static void Label(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw Fail(field, "is blank; a label is needed.");
    }

    public static void SameLength<T>(IReadOnlyList<T>? list, int expected, string field, string reason)
    {
        NotNull(list, field);
        if (list!.Count != expected)
            throw Fail(field, string.Create(CultureInfo.InvariantCulture,
                $"has {list.Count} values; {expected} are needed ({reason})."));
    }

    public static string At(string field, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]");
}
