using System.Text;

namespace Lutetia.Cli.Tables;

/// <summary>
/// The records of an RFC 4180 CSV text, one at a time: quoted values may hold commas, doubled
/// quotes and line breaks; CRLF or LF line ends; blank lines skipped. Each record carries the line
/// it starts on (the header is line 1, as a spreadsheet numbers it).
/// </summary>
internal sealed class CsvRecords(TextReader reader)
{
    private readonly StringBuilder _value = new();
    private int _line = 1;

    /// <summary>The line the current record starts on.</summary>
    public int Line { get; private set; }

    /// <summary>Reads the next non-blank record into <paramref name="fields"/>; false at the end or
    /// at a syntax problem, which is then described in <paramref name="syntaxProblem"/>.</summary>
    public bool Next(List<string> fields, out string? syntaxProblem)
    {
        syntaxProblem = null;
        while (true)
        {
            fields.Clear();
            Line = _line;
            int c = reader.Read();
            if (c < 0) return false;
            if (c == '\n') { _line++; continue; }
            if (c == '\r') { SkipLf(); _line++; continue; }
            syntaxProblem = ReadRecord(c, fields);
            return syntaxProblem is null;
        }
    }

    /// <summary>Reads one record whose first character is <paramref name="c"/>; a syntax problem, or null.</summary>
    private string? ReadRecord(int c, List<string> fields)
    {
        _value.Clear();
        bool quoted = false, closed = false;
        while (true)
        {
            if (quoted && !closed)
            {
                if (c < 0)
                {
                    return "a quoted value opens on this line and never closes (unbalanced quote); double every quote inside a quoted value (\"\")";
                }
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); _value.Append('"'); }
                    else closed = true;
                }
                else
                {
                    if (c == '\n') _line++;
                    _value.Append((char)c);
                }
                c = reader.Read();
                continue;
            }
            switch (c)
            {
                case < 0:
                    fields.Add(_value.ToString());
                    return null;
                case ',':
                    fields.Add(_value.ToString());
                    _value.Clear();
                    quoted = closed = false;
                    break;
                case '\n':
                case '\r':
                    if (c == '\r') SkipLf();
                    _line++;
                    fields.Add(_value.ToString());
                    return null;
                case '"' when !quoted && _value.Length == 0:
                    quoted = true;
                    break;
                default:
                    if (closed || c == '"')
                    {
                        return closed
                            ? "characters follow the closing quote of a value; put the whole value inside the quotes"
                            : "a quote stands inside a value that is not enclosed in quotes; enclose the value in quotes and double the quote inside it";
                    }
                    _value.Append((char)c);
                    break;
            }
            c = reader.Read();
        }
    }

    private void SkipLf()
    {
        if (reader.Peek() == '\n') reader.Read();
    }
}
