using System.Globalization;

namespace Lutetia.Domain;

/// <summary>
/// How Lutetia spells a date wherever it writes or reads one as text (cohort-format.md: ISO 8601,
/// yyyy-MM-dd, whatever the machine's locale): the cohort files, the exports, the audit values,
/// the explanations and the reports all use it.
/// </summary>
public static class IsoDate
{
    /// <summary>The pattern, for the rare API that takes one (an xlsx number format, a parser option).</summary>
    public const string Pattern = "yyyy-MM-dd";

    /// <summary>The date as yyyy-MM-dd.</summary>
    public static string Text(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>The calendar day of a moment as yyyy-MM-dd (its own offset's day, not converted).</summary>
    public static string Text(DateTimeOffset moment) => moment.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>The calendar day of a moment as yyyy-MM-dd.</summary>
    public static string Text(DateTime moment) => moment.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>Reads exactly yyyy-MM-dd (a real calendar day); false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
