using System.Buffers;
using System.Text;

namespace Lutetia.Cli.Tables;

/// <summary>
/// The records of an RFC 4180 CSV text, one at a time: quoted values may hold commas, doubled
/// quotes and line breaks; CRLF or LF line ends; blank lines skipped. Each record carries the line
/// it starts on (the header is line 1, as a spreadsheet numbers it).
/// The text is held whole and a record's fields are ranges of it: no string is made for a field
/// unless asked (<see cref="FieldText"/>) or quoted with a doubled quote inside (issue 17: reading a
/// 10^6-row table dominated the survival command's time).
/// </summary>
internal sealed class CsvRecords(string text)
{
    private static readonly SearchValues<char> Special = SearchValues.Create(",\"\r\n");

    private readonly List<(int Start, int Length)> _fields = [];
    private readonly List<string?> _unescaped = [];
    private readonly StringBuilder _value = new();
    private int _position;
    private int _line = 1;

    /// <summary>The line the current record starts on.</summary>
    public int Line { get; private set; }

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount => _fields.Count;

    /// <summary>A field of the current record, without its quotes.</summary>
    public ReadOnlySpan<char> Field(int index) => _unescaped[index] is { } value
        ? value.AsSpan()
        : text.AsSpan(_fields[index].Start, _fields[index].Length);

    /// <summary>A field of the current record as a string.</summary>
    public string FieldText(int index) => _unescaped[index] ?? text.Substring(_fields[index].Start, _fields[index].Length);

    /// <summary>Every field of the current record as strings (the header).</summary>
    public List<string> Fields()
    {
        var fields = new List<string>(_fields.Count);
        for (var i = 0; i < _fields.Count; i++)
            fields.Add(FieldText(i));
        return fields;
    }

    /// <summary>Reads the next non-blank record; false at the end or at a syntax problem, which is
    /// then described in <paramref name="syntaxProblem"/>.</summary>
    public bool Next(out string? syntaxProblem)
    {
        syntaxProblem = null;
        _fields.Clear();
        _unescaped.Clear();
        while (true)
        {
            Line = _line;
            if (_position >= text.Length) return false;
            var c = text[_position];
            if (c == '\n') { _position++; _line++; continue; }
            if (c == '\r') { _position++; SkipLf(); _line++; continue; }
            syntaxProblem = ReadRecord();
            return syntaxProblem is null;
        }
    }

    /// <summary>Reads one record from the current position; a syntax problem, or null.</summary>
    private string? ReadRecord()
    {
        while (true)
        {
            var problem = _position < text.Length && text[_position] == '"' ? ReadQuoted() : ReadPlain();
            if (problem is not null) return problem;
            if (_position >= text.Length) return null;
            var end = text[_position++];
            if (end == ',') continue;
            if (end == '\r') SkipLf();
            _line++;
            return null;
        }
    }

    /// <summary>An unquoted field, up to the next comma or line end.</summary>
    private string? ReadPlain()
    {
        var start = _position;
        var length = text.AsSpan(start).IndexOfAny(Special);
        if (length < 0) length = text.Length - start;
        _position = start + length;
        if (_position < text.Length && text[_position] == '"')
            return "a quote stands inside a value that is not enclosed in quotes; enclose the value in quotes and double the quote inside it";
        _fields.Add((start, length));
        _unescaped.Add(null);
        return null;
    }

    /// <summary>A quoted field: doubled quotes stand for one, commas and line breaks are kept.</summary>
    private string? ReadQuoted()
    {
        var start = ++_position;
        var doubled = false;
        while (true)
        {
            var quote = text.IndexOf('"', _position);
            if (quote < 0)
                return "a quoted value opens on this line and never closes (unbalanced quote); double every quote inside a quoted value (\"\")";
            _line += text.AsSpan(_position, quote - _position).Count('\n');
            _position = quote + 1;
            if (_position < text.Length && text[_position] == '"')
            {
                doubled = true;
                _position++;
                continue;
            }
            break;
        }
        if (_position < text.Length && text[_position] is not (',' or '\r' or '\n'))
            return "characters follow the closing quote of a value; put the whole value inside the quotes";
        var length = _position - 1 - start;
        _fields.Add((start, length));
        _unescaped.Add(doubled ? _value.Clear().Append(text, start, length).Replace("\"\"", "\"").ToString() : null);
        return null;
    }

    private void SkipLf()
    {
        if (_position < text.Length && text[_position] == '\n') _position++;
    }
}
