using Lutetia.Domain;
using System.Globalization;

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

    public static string Date(DateOnly date) => IsoDate.Text(date);

    public static string Join(IEnumerable<string> items) => string.Join(", ", items);
}
