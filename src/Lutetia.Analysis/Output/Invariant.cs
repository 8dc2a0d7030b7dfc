using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>How machine outputs write values (outputs.md): invariant culture, shortest round-trip numbers, ISO dates, codes.</summary>
public static class Invariant
{
    /// <summary>A decimal without trailing zeros: 23.0 → "23", -30.4347… in full.</summary>
    public static string Number(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => IsoDate.Text(date);

    public static string YesNo(bool value) => value ? "yes" : "no";

    public static string Code<T>(T value) where T : struct, Enum => Codes<T>.ToCode(value);
}
