using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Criteria;

/// <summary>How numbers and dates are written in explanations: invariant culture, signed percentages.</summary>
internal static class Text
{
    /// <summary>A length or value as recorded: 64, 35.5, 16.1.</summary>
    public static string Number(decimal value) =>
        value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A signed difference: +12, -4.5, 0.</summary>
    public static string Signed(decimal value) =>
        value.ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture);

    /// <summary>A signed percentage to one decimal: +23.1, -30, 0.</summary>
    public static string Percent(decimal value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture);

    /// <summary>
    /// A threshold given as a fraction, written as a signed percentage in a rule label:
    /// 0.20 → "+20", −0.30 → "-30", 0.275 → "+27.5" (exact, not rounded like <see cref="Percent"/>).
    /// </summary>
    public static string SignedPercent(decimal fraction) => Signed(fraction * 100);

    /// <summary>A threshold given as a fraction, written as an unsigned percentage: 0.25 → "25".</summary>
    public static string PercentOf(decimal fraction) => Number(fraction * 100);

    /// <summary>A span of days as a rule states it: whole weeks in weeks ("3 weeks", "12 weeks"), else in days.</summary>
    public static string Duration(int days) =>
        days % 7 == 0 && days > 0
            ? (days == 7 ? "1 week" : $"{(days / 7).ToString(CultureInfo.InvariantCulture)} weeks")
            : days == 1 ? "1 day" : $"{days.ToString(CultureInfo.InvariantCulture)} days";

    public static string Date(DateOnly date) => IsoDate.Text(date);

    public static string Join(IEnumerable<string> items) => string.Join(", ", items);
}
