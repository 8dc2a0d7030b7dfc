using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>How each kind of value is written back: the canonical form of the cohort format.</summary>
internal static class CellText
{
    public static string? Of(DateOnly? date) =>
        date is { } d ? IsoDate.Text(d) : null;

    public static string? Of(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => null,
    };

    public static string? Of(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Of(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Of<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? Codes<TEnum>.ToCode(v) : null;

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Codes<TEnum>.ToCode(value);
}
