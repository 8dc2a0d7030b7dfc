using System.Globalization;

namespace Lutetia.Intake.SubjectTables;

/// <summary>Parses and checks the non-missing numeric cells of an input table (statistics.md, input tables).</summary>
internal static class CellNumbers
{
    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>Parses a non-missing cell; the rule it breaks, or null.</summary>
    public static string? Check(ReadOnlySpan<char> text, ColumnKind kind, out double value)
    {
        // R writes infinities as Inf and -Inf, which .NET does not parse.
        if (text.TrimStart("-+").Equals("Inf", StringComparison.OrdinalIgnoreCase))
            value = double.PositiveInfinity;
        else if (!TryParsePlainDecimal(text, out value) && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return kind switch
            {
                ColumnKind.Time => "a time must be a number written with a decimal point (e.g. 12.5); leave the cell empty or write NA when it is missing.",
                ColumnKind.Event => "an event indicator must be 0 (censored) or 1 (event).",
                _ => "a covariate must be numeric; code a category as 0/1 indicator columns, or leave the cell empty or NA when it is missing.",
            };
        }
        if (double.IsNaN(value))
            return "NaN is not a value; write NA or leave the cell empty when it is missing.";
        if (double.IsInfinity(value))
            return "a value must be a finite number.";
        if (value == 0) value = 0; // "-0" reads as negative zero, which km.csv would print as -0
        return kind switch
        {
            ColumnKind.Time when value < 0 => "a time must not be negative (times are measured from the origin, ≥ 0).",
            ColumnKind.Event when value is not (0 or 1) => "an event indicator must be 0 (censored) or 1 (event); recode other codes (e.g. R's 1/2) first.",
            _ => null,
        };
    }

    /// <summary>
    /// The common cell, an optional minus and at most 15 digits with at most one decimal point
    /// ("12", "-0.25", "1234.5"), parsed without the general parser: the digits make an integer
    /// below 2^53 and the point a power of ten up to 10^22, both exact as doubles, so one division
    /// rounds correctly and gives the very double <see cref="double.Parse(string)"/> gives
    /// (Clinger's fast path). Anything else (exponents, more digits, signs, spaces) returns false.
    /// </summary>
    internal static bool TryParsePlainDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        var i = negative ? 1 : 0;
        long mantissa = 0;
        int digits = 0, decimals = 0;
        var point = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                if (++digits > 15) return false;
                mantissa = mantissa * 10 + (c - '0');
                if (point) decimals++;
            }
            else if (c == '.' && !point)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }
        if (digits == 0) return false;
        value = mantissa / PowersOfTen[decimals];
        if (negative) value = -value;
        return true;
    }
}
