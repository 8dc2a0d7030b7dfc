using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Lutetia.Intake;

/// <summary>
/// A strict RFC 4180 reader over UTF-8 bytes that streams a file of any size in a fixed buffer.
/// It accepts a BOM and CRLF or LF line ends; it reports (and stops at) an unbalanced quote, a
/// stray quote, or bytes that are not UTF-8, with the row where they occur. Blank lines are
/// counted in the row numbers but skipped. A record longer than
/// <see cref="IntakeLimits.MaximumRecordBytes"/> stops the reading (reported), so a hostile line
/// cannot make it hold more than about twice that. The cohort intake reads every table with it,
/// and so do <c>lutetia survival</c> and <c>lutetia cox</c> (<see cref="SubjectTables.SubjectTableReader"/>):
/// one CSV reader in Lutetia.
/// </summary>
public sealed class CsvTableReader : ITableReader
{
    private const byte Quote = (byte)'"';
    private const byte Comma = (byte)',';
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';
    private static readonly SearchValues<byte> Special = SearchValues.Create(",\"\r\n"u8);
    private static readonly SearchValues<byte> SpecialInQuotes = SearchValues.Create("\"\n"u8);

    private readonly Stream _stream;
    private readonly ProblemList _problems;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _position;
    private int _length;
    private bool _atStart = true;

    private byte[] _record = new byte[1024];
    private int _recordLength;
    private int[] _fieldEnds = new int[32];
    private char[] _chars = new char[1024];
    private int[] _charEnds = new int[32];
    private int _nextLine = 1;

    public CsvTableReader(Stream stream, string location, ProblemList problems)
    {
        _stream = stream;
        _problems = problems;
        Location = location;
    }

    /// <summary>How problems name this table (the file name).</summary>
    public string Location { get; }

    /// <summary>The line the current record starts on (header = 1, blank lines counted).</summary>
    public int Row { get; private set; }

    public int FieldCount { get; private set; }

    /// <summary>True once a syntax or encoding problem stopped the reading (it was reported).</summary>
    public bool Failed { get; private set; }

    /// <summary>The 0-based field whose bytes are not UTF-8, when that is what stopped the reading.</summary>
    public int? UndecodableField { get; private set; }

    /// <summary>The current record's field, decoded; empty past the last field.</summary>
    public ReadOnlySpan<char> Field(int index)
    {
        if (index >= FieldCount)
            return [];
        var start = index == 0 ? 0 : _charEnds[index - 1];
        return _chars.AsSpan(start, _charEnds[index] - start);
    }

    /// <summary>Moves to the next non-blank record; false at the end or once a problem stopped the reading.</summary>
    public bool Read()
    {
        while (!Failed)
        {
            Row = _nextLine;
            if (!ParseRecord())
                return false;
            if (FieldCount == 1 && _recordLength == 0)
                continue; // a blank line
            if (Decode())
                return true;
        }
        return false;
    }

    /// <summary>Reads the bytes of one record into <see cref="_record"/>; false at end of input.</summary>
    private bool ParseRecord()
    {
        _recordLength = 0;
        FieldCount = 0;
        if (!EnsureData())
            return false;
        var inQuotes = false;
        var quotedField = false;
        var afterClosingQuote = false;
        var openedAtLine = _nextLine;
        while (true)
        {
            if (_recordLength > IntakeLimits.MaximumRecordBytes)
                return Fail(Row, string.Create(CultureInfo.InvariantCulture,
                        $"the row is longer than {IntakeLimits.MaximumRecordBytes:N0} bytes, the most a row of the cohort format may hold (a quote that never closes can make the rest of the file one row)"),
                    "check this row for a quote that is not closed, and keep each value short (a centre name has at most 200 characters)");
            if (!EnsureData())
            {
                if (inQuotes)
                    return Fail(openedAtLine, "a quoted value opens here and never closes (unbalanced quote)",
                        "close the quote, and double every quote inside a quoted value (\"\")");
                EndField();
                return true;
            }
            if (!afterClosingQuote && AppendRun(inQuotes ? SpecialInQuotes : Special))
                continue;
            var b = _buffer[_position++];
            if (inQuotes)
            {
                if (b == Quote)
                {
                    if (!EnsureData() || _buffer[_position] != Quote)
                    {
                        inQuotes = false;
                        afterClosingQuote = true;
                        continue;
                    }
                    _position++;
                }
                else if (b == Lf)
                {
                    _nextLine++;
                }
                Append(b);
                continue;
            }
            switch (b)
            {
                case Comma:
                    EndField();
                    quotedField = afterClosingQuote = false;
                    break;
                case Lf:
                    _nextLine++;
                    EndField();
                    return true;
                case Cr:
                    if (EnsureData() && _buffer[_position] == Lf)
                        _position++;
                    _nextLine++;
                    EndField();
                    return true;
                case Quote when !quotedField && FieldLength() == 0:
                    inQuotes = quotedField = true;
                    openedAtLine = _nextLine;
                    break;
                case Quote:
                    return Fail(_nextLine, "a quote stands inside a value that is not enclosed in quotes",
                        "enclose the whole value in quotes and double the quote inside it: \"a \"\"b\"\" c\"");
                default:
                    if (afterClosingQuote)
                        return Fail(_nextLine, "characters follow the closing quote of a value",
                            "put the whole value inside the quotes, or remove what follows the closing quote");
                    Append(b);
                    break;
            }
        }
    }

    private bool Decode()
    {
        if (_chars.Length < _recordLength)
            _chars = new char[Math.Max(_recordLength, _chars.Length * 2)];
        if (_charEnds.Length < FieldCount)
            Array.Resize(ref _charEnds, _fieldEnds.Length);
        var bytes = _record.AsSpan(0, _recordLength);
        if (System.Text.Ascii.IsValid(bytes))
        {
            // ASCII (valid UTF-8 by definition): one character per byte, so the fields end where their bytes end.
            System.Text.Ascii.ToUtf16(bytes, _chars, out _);
            _fieldEnds.AsSpan(0, FieldCount).CopyTo(_charEnds);
            return true;
        }
        if (!Utf8.IsValid(bytes))
        {
            var field = 0;
            while (field < FieldCount && Utf8.IsValid(FieldBytes(field)))
                field++;
            UndecodableField = field;
            _problems.Error(Location, Row, null, null, "encoding",
                $"field {field + 1} of this row holds bytes that are not UTF-8",
                "save the file as UTF-8 (in Excel: Save As → CSV UTF-8)");
            Failed = true;
            return false;
        }
        var written = 0;
        for (var i = 0; i < FieldCount; i++)
        {
            written += Encoding.UTF8.GetChars(FieldBytes(i), _chars.AsSpan(written));
            _charEnds[i] = written;
        }
        return true;
    }

    private ReadOnlySpan<byte> FieldBytes(int index)
    {
        var start = index == 0 ? 0 : _fieldEnds[index - 1];
        return _record.AsSpan(start, _fieldEnds[index] - start);
    }

    /// <summary>Copies the run of ordinary bytes up to the next special one; false when there is none to copy.</summary>
    private bool AppendRun(SearchValues<byte> special)
    {
        var rest = _buffer.AsSpan(_position, _length - _position);
        var run = rest.IndexOfAny(special);
        if (run == 0)
            return false;
        if (run < 0)
            run = rest.Length;
        if (_recordLength + run > _record.Length)
            Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + run));
        rest[..run].CopyTo(_record.AsSpan(_recordLength));
        _recordLength += run;
        _position += run;
        return true;
    }

    private int FieldLength() => _recordLength - (FieldCount == 0 ? 0 : _fieldEnds[FieldCount - 1]);

    private void Append(byte b)
    {
        if (_recordLength == _record.Length)
            Array.Resize(ref _record, _record.Length * 2);
        _record[_recordLength++] = b;
    }

    private void EndField()
    {
        if (FieldCount == _fieldEnds.Length)
            Array.Resize(ref _fieldEnds, _fieldEnds.Length * 2);
        _fieldEnds[FieldCount++] = _recordLength;
    }

    private bool EnsureData()
    {
        if (_position < _length)
            return true;
        _length = _stream.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        if (_atStart && _length >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            _position = 3; // the optional UTF-8 byte-order mark
        _atStart = false;
        return _position < _length;
    }

    private bool Fail(int line, string message, string hint)
    {
        _problems.Error(Location, line, null, null, "csv_syntax", message, hint);
        Failed = true;
        return false;
    }

    public void Dispose() => _stream.Dispose();
}
