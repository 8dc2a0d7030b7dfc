using System.Globalization;

namespace Lutetia.Twin;

/// <summary>
/// A plan file: a header line naming the columns, then one line per patient, cells separated by
/// spaces, <c>-</c> for "none / unknown", <c>#</c> starting a comment line. Every cell is read
/// through <see cref="Cell"/>, which names the file, line and column of a bad value.
/// </summary>
internal sealed class PlanTable
{
    private readonly string _file;
    private readonly string[] _header;
    private readonly List<(int Line, string[] Cells)> _rows = [];

    private PlanTable(string file, string[] header)
    {
        _file = file;
        _header = header;
    }

    public IReadOnlyList<(int Line, string[] Cells)> Rows => _rows;

    public static PlanTable Parse(string file, string text)
    {
        PlanTable? table = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (table is null)
            {
                table = new PlanTable(file, cells);
                continue;
            }
            if (cells.Length != table._header.Length)
                throw new FormatException($"{file} line {i + 1}: {cells.Length} cells where the header names {table._header.Length}");
            table._rows.Add((i + 1, cells));
        }
        return table ?? throw new FormatException($"{file}: no header line");
    }

    /// <summary>The cell of a column, null when it is <c>-</c>.</summary>
    public string? Cell((int Line, string[] Cells) row, string column)
    {
        var index = Array.IndexOf(_header, column);
        if (index < 0)
            throw new FormatException($"{_file}: no column '{column}' in the header");
        var value = row.Cells[index];
        return value == "-" ? null : value;
    }

    public string Required((int Line, string[] Cells) row, string column) =>
        Cell(row, column) ?? throw Bad(row, column, "-", "a value is required");

    public int Integer((int Line, string[] Cells) row, string column) =>
        int.TryParse(Required(row, column), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(row, column, Required(row, column), "a whole number is required");

    public FormatException Bad((int Line, string[] Cells) row, string column, string value, string why) =>
        new($"{_file} line {row.Line}, column {column}: '{value}': {why}");
}
