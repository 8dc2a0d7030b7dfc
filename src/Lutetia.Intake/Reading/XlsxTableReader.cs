using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Lutetia.Intake;

/// <summary>
/// Streams the rows of one worksheet (SAX, one row in memory at a time) as text fields, the way
/// the user sees them: shared and inline strings, booleans as yes/no, date-formatted serial
/// numbers as ISO dates, numbers in their shortest exact form.
/// </summary>
internal sealed class XlsxTableReader : ITableReader
{
    private static readonly DateOnly Epoch1900 = new(1899, 12, 30);
    private static readonly DateOnly Epoch1904 = new(1904, 1, 1);

    private readonly OpenXmlReader _reader;
    private readonly string[] _sharedStrings;
    private readonly XlsxCellStyles _styles;
    private string[] _fields = new string[32];
    private int _headerWidth = -1;

    public XlsxTableReader(WorksheetPart sheet, string location, string[] sharedStrings, XlsxCellStyles styles)
    {
        _reader = OpenXmlReader.Create(sheet);
        _sharedStrings = sharedStrings;
        _styles = styles;
        Location = location;
    }

    public string Location { get; }
    public int Row { get; private set; }
    public int FieldCount { get; private set; }
    public bool Failed => false;

    public ReadOnlySpan<char> Field(int index) => index < FieldCount ? _fields[index].AsSpan() : [];

    public bool Read()
    {
        while (_reader.Read())
        {
            if (_reader.ElementType != typeof(Row) || !_reader.IsStartElement)
                continue;
            var row = (Row)_reader.LoadCurrentElement()!;
            Row = (int)(row.RowIndex?.Value ?? (uint)(Row + 1));
            var lastFilled = LoadCells(row);
            if (lastFilled < 0)
                continue; // a blank row
            if (_headerWidth < 0)
                _headerWidth = lastFilled + 1;
            FieldCount = Math.Max(_headerWidth, lastFilled + 1);
            return true;
        }
        return false;
    }

    /// <summary>Fills the fields of a row; returns the index of its last non-empty cell, -1 when blank.</summary>
    private int LoadCells(Row row)
    {
        Array.Fill(_fields, "");
        var lastFilled = -1;
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
            next = column + 1;
            var text = CellText(cell);
            if (text.Length == 0)
                continue;
            if (column >= _fields.Length)
            {
                var grown = new string[Math.Max(column + 1, _fields.Length * 2)];
                Array.Fill(grown, "");
                _fields.CopyTo(grown, 0);
                _fields = grown;
            }
            _fields[column] = text;
            lastFilled = Math.Max(lastFilled, column);
        }
        return lastFilled;
    }

    private string CellText(Cell cell)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _sharedStrings.Length ? _sharedStrings[i] : "";
        if (type == CellValues.InlineString)
            return cell.InlineString?.Text?.Text ?? string.Concat(cell.InlineString?.Elements<Run>().Select(r => r.Text?.Text) ?? []);
        if (type == CellValues.Boolean)
            return raw == "1" ? "yes" : raw == "0" ? "no" : raw;
        if (type == CellValues.Date)
            return raw.Length >= 10 ? raw[..10] : raw;
        if (type == CellValues.String || type == CellValues.Error)
            return raw;
        return NumberText(raw, cell.StyleIndex?.Value ?? 0);
    }

    private string NumberText(string raw, uint style)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return raw;
        if (_styles.IsDate(style))
            return SerialToDate(number);
        // Excel stores 15 significant digits and may write binary noise (16.100000000000001):
        // show the shortest form that reads back as the same double, as Excel displays it.
        var plain = raw.Contains('E', StringComparison.OrdinalIgnoreCase) || raw.Length > 16;
        return plain ? number.ToString("R", CultureInfo.InvariantCulture) : raw;
    }

    /// <summary>ECMA-376 §18.17.4.1: serial day numbers; the 1900 system counts the fictitious 1900-02-29.</summary>
    private string SerialToDate(double serial)
    {
        if (serial is < 1 or > 2958465)
            return serial.ToString(CultureInfo.InvariantCulture);
        var days = (int)Math.Floor(serial);
        var date = _styles.Date1904 ? Epoch1904.AddDays(days) : days < 60 ? Epoch1900.AddDays(days + 1) : Epoch1900.AddDays(days);
        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
                break;
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    public void Dispose() => _reader.Dispose();
}
