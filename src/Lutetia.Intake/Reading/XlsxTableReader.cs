using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// Streams the rows of one worksheet (SAX over the sheet's XML, one row in memory at a time) as
/// text fields, the way the user sees them: shared and inline strings, booleans as yes/no,
/// date-formatted serial numbers as ISO dates, numbers in their shortest exact form
/// (ECMA-376 §18.3.1.4 c, §18.3.1.73 row). A sheet whose XML breaks off is reported once, at
/// the row where it broke, and the reading of that sheet stops.
/// </summary>
internal sealed class XlsxTableReader : ITableReader
{
    private static readonly DateOnly Epoch1900 = new(1899, 12, 30);
    private static readonly DateOnly Epoch1904 = new(1904, 1, 1);

    private readonly Stream _stream;
    private readonly XmlReader _xml;
    private readonly ProblemList _problems;
    private readonly string[] _sharedStrings;
    private readonly XlsxCellStyles _styles;
    private readonly StringBuilder _inline = new();
    private readonly StringBuilder _value = new();
    private readonly XlsxText _text = new();
    private readonly string _row, _c, _v, _t;
    private string[] _fields = new string[32];
    private int _headerWidth = -1;
    private int _lastCompleteRow;

    public XlsxTableReader(WorksheetPart sheet, string location, string[] sharedStrings, XlsxCellStyles styles, ProblemList problems)
    {
        _stream = sheet.GetStream(FileMode.Open, FileAccess.Read);
        _xml = XlsxText.Open(_stream);
        var names = _xml.NameTable;
        (_row, _c, _v, _t) = (names.Add("row"), names.Add("c"), names.Add("v"), names.Add("t"));
        _sharedStrings = sharedStrings;
        _styles = styles;
        _problems = problems;
        Location = location;
    }

    public string Location { get; }
    public int Row { get; private set; }
    public int FieldCount { get; private set; }
    public bool Failed { get; private set; }

    public ReadOnlySpan<char> Field(int index) => index < FieldCount ? _fields[index].AsSpan() : [];

    public bool Read()
    {
        if (Failed)
            return false;
        try
        {
            while (_xml.Read())
            {
                if (_xml.NodeType != XmlNodeType.Element || !ReferenceEquals(_xml.LocalName, _row))
                    continue;
                Row = int.TryParse(_xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : Row + 1;
                var lastFilled = _xml.IsEmptyElement ? -1 : LoadCells();
                if (lastFilled == TooLong)
                    return false;
                _lastCompleteRow = Row;
                if (lastFilled < 0)
                    continue; // a blank row
                if (_headerWidth < 0)
                    _headerWidth = lastFilled + 1;
                FieldCount = Math.Max(_headerWidth, lastFilled + 1);
                return true;
            }
            return false;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            Failed = true;
            _problems.Error(Location, _lastCompleteRow + 1, null, null, "workbook",
                $"the sheet is damaged after row {_lastCompleteRow} and cannot be read further ({e.Message})",
                "open the workbook in Excel and save it again as .xlsx, or export the cohort again");
            return false;
        }
    }

    private const int TooLong = -2;

    /// <summary>ECMA-376 §18.3.1.4: a sheet has at most 16,384 columns (A to XFD).</summary>
    private const int LastColumn = 16384;

    /// <summary>
    /// Fills the fields of the current row; returns the index of its last non-empty cell, -1 when
    /// blank, <see cref="TooLong"/> when a cell is over the limit (reported; the reading stops).
    /// </summary>
    private int LoadCells()
    {
        Array.Fill(_fields, "");
        var lastFilled = -1;
        var next = 0;
        var depth = _xml.Depth;
        while (_xml.Read() && _xml.Depth > depth)
        {
            if (_xml.NodeType != XmlNodeType.Element || !ReferenceEquals(_xml.LocalName, _c))
                continue;
            var column = _xml.GetAttribute("r") is { } reference ? ColumnIndex(reference) : next;
            if (column is < 0 or >= LastColumn)
                throw new InvalidDataException($"a cell lies beyond the last column of a sheet, {ColumnName(LastColumn - 1)}");
            next = column + 1;
            var text = CellText();
            if (text is null)
                return RefuseCell(column);
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

    private int RefuseCell(int column)
    {
        Failed = true;
        _problems.Error(Location, Row, ColumnName(column), null, "length",
            string.Create(CultureInfo.InvariantCulture, $"the cell holds more than {IntakeLimits.MaximumCellCharacters:N0} characters, the most a cell may hold; the sheet is not read further"),
            "shorten the value (a centre name has at most 200 characters)");
        return TooLong;
    }

    /// <summary>The spreadsheet's name of a column: A, B, …, Z, AA…</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>The text of the cell the reader is on (its value, or its inline string), read to its end; null when too long.</summary>
    private string? CellText()
    {
        var type = _xml.GetAttribute("t");
        var style = uint.TryParse(_xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (_xml.IsEmptyElement)
            return "";
        _value.Clear();
        _inline.Clear();
        var depth = _xml.Depth;
        _xml.Read();
        while (_xml.Depth > depth)
        {
            // TryAppend leaves the reader on the node after the element: no Read() then.
            if (_xml.NodeType == XmlNodeType.Element && ReferenceEquals(_xml.LocalName, _v))
            {
                _value.Clear();
                if (!_text.TryAppend(_xml, _value, IntakeLimits.MaximumCellCharacters))
                    return null;
            }
            else if (_xml.NodeType == XmlNodeType.Element && ReferenceEquals(_xml.LocalName, _t) && _xml.Depth > depth + 1)
            {
                // <is><t>…</t></is>, or rich-text runs <is><r><t>…
                if (!_text.TryAppend(_xml, _inline, IntakeLimits.MaximumCellCharacters))
                    return null;
            }
            else if (!_xml.Read())
            {
                break;
            }
        }
        var raw = _value.ToString();
        return type switch
        {
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _sharedStrings.Length ? _sharedStrings[i] : "",
            "inlineStr" => _inline.ToString(),
            "b" => raw == "1" ? "yes" : raw == "0" ? "no" : raw,
            "d" => raw.Length >= 10 ? raw[..10] : raw,
            "str" or "e" => raw,
            _ => NumberText(raw, style),
        };
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
        return IsoDate.Text(date);
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
                break;
            index = index * 26 + (c - 'A' + 1);
            if (index > LastColumn)
                return LastColumn;
        }
        return index - 1;
    }

    public void Dispose()
    {
        _xml.Dispose();
        _stream.Dispose();
    }
}
