namespace Lutetia.Domain;

/// <summary>
/// How every CSV that Lutetia writes spells a cell (cohort-format.md: RFC 4180, comma separator):
/// quoted only when it holds a comma, a quote or a line break, quotes doubled; an empty or missing
/// cell is empty. The cohort files, the exports, endpoints.csv, km.csv and the audit CSV all use it.
/// </summary>
public static class CsvCell
{
    public static string Escape(string? cell) =>
        string.IsNullOrEmpty(cell) ? ""
        : cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell
        : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
