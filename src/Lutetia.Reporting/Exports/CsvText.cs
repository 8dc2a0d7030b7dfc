using System.Text;

namespace Lutetia.Reporting.Exports;

/// <summary>A CSV file's text as the cohort format writes it: comma separator, LF line ends, RFC 4180 quotes only where needed, empty = missing.</summary>
internal static class CsvText
{
    public static string Of(ExportTable table, Func<ExportColumn, string?, string?> cell)
    {
        var text = new StringBuilder(64 + table.Rows.Count * table.Columns.Count * 8);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (c > 0)
                text.Append(',');
            Append(text, table.Columns[c].Name);
        }
        text.Append('\n');
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (c > 0)
                    text.Append(',');
                Append(text, cell(table.Columns[c], row[c]));
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static void Append(StringBuilder text, string? cell)
    {
        if (string.IsNullOrEmpty(cell))
            return;
        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            text.Append(cell);
            return;
        }
        text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
