using System.Globalization;
using System.Text;

namespace Lutetia.Reporting.Exports;

/// <summary>
/// How wide a column's values are, read from the values themselves: the longest cell in UTF-8
/// bytes and the most digits after the decimal point. SPSS formats and ODM lengths are set from it.
/// </summary>
internal readonly record struct ColumnShape(int MaxBytes, int MaxDecimals, bool IsEmpty)
{
    public static ColumnShape Of(ExportTable table, int column)
    {
        var bytes = 0;
        var decimals = 0;
        var empty = true;
        foreach (var row in table.Rows)
        {
            if (row[column] is not { Length: > 0 } cell)
                continue;
            empty = false;
            bytes = Math.Max(bytes, Encoding.UTF8.GetByteCount(cell));
            var point = cell.IndexOf('.', StringComparison.Ordinal);
            if (point >= 0)
                decimals = Math.Max(decimals, cell.Length - point - 1);
        }
        return new ColumnShape(bytes, decimals, empty);
    }

    /// <summary>
    /// A number without exponent: the endpoints' months are written in shortest round-trip form,
    /// which may use one (<c>1E-05</c>), and neither SPSS's F format nor ODM's float accept it.
    /// </summary>
    public static string? Plain(string? number) =>
        number is not null && number.AsSpan().IndexOfAny('E', 'e') >= 0
            ? decimal.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
            : number;
}
