namespace Lutetia.Domain;

/// <summary>
/// How every CSV that Lutetia writes spells a cell (cohort-format.md: RFC 4180, comma separator):
/// quoted only when it holds a comma, a quote or a line break, quotes doubled; an empty or missing
/// cell is empty. The cohort files, the exports, endpoints.csv, km.csv and the audit CSV all use it.
/// </summary>
public static class CsvCell
{
    /// <summary>What makes Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP, CSV injection).</summary>
    private const string FormulaLead = "=+-@\t\r";

    public static string Escape(string? cell) =>
        string.IsNullOrEmpty(cell) ? ""
        : cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell
        : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// A text cell of a CSV that people open in a spreadsheet (the audit trail, the exports): as
    /// <see cref="Escape"/>, but a text beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
    /// carriage return is written after an apostrophe, so the spreadsheet shows it as text instead of
    /// running it. A number (<c>-1.5</c>, <c>+3</c>, <c>-2E-5</c>) is left as it is (docs/security.md).
    /// </summary>
    public static string EscapeForPeople(string? cell) => Escape(Neutralise(cell));

    /// <summary>The cell with an apostrophe in front when a spreadsheet would read it as a formula.</summary>
    public static string? Neutralise(string? cell) =>
        string.IsNullOrEmpty(cell) || !FormulaLead.Contains(cell[0], StringComparison.Ordinal) || IsNumber(cell) ? cell : "'" + cell;

    /// <summary>An invariant decimal number: optional sign, digits with an optional fraction, an optional exponent.</summary>
    private static bool IsNumber(ReadOnlySpan<char> text)
    {
        var i = text[0] is '+' or '-' ? 1 : 0;
        var digits = Digits(text, ref i);
        if (i < text.Length && text[i] == '.')
        {
            i++;
            digits += Digits(text, ref i);
        }
        if (digits == 0)
            return false;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
                i++;
            if (Digits(text, ref i) == 0)
                return false;
        }
        return i == text.Length;
    }

    private static int Digits(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
            i++;
        return i - start;
    }
}
