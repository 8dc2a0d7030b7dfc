using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// The current row of a table, read through its column specifications: each accessor checks the
/// cell with <see cref="FieldRules"/>, reports any problem with file, row, column and value, and
/// returns null for an empty or invalid cell. <see cref="Ok"/> says whether the row is clean.
/// </summary>
internal sealed class RowContext
{
    private readonly ITableReader _reader;
    private readonly int[] _fieldOfColumn;
    private readonly ProblemList _problems;
    private readonly IdentifierPool _pool;
    private readonly DateBounds _dates;

    public RowContext(ITableReader reader, int[] fieldOfColumn, ProblemList problems, IdentifierPool pool, DateBounds dates)
    {
        _reader = reader;
        _fieldOfColumn = fieldOfColumn;
        _problems = problems;
        _pool = pool;
        _dates = dates;
    }

    public int Row => _reader.Row;
    public string Location => _reader.Location;
    public bool Ok { get; private set; } = true;

    public void Reset() => Ok = true;

    public string? Id(FieldSpec column)
    {
        if (!Present(column, out var text))
            return null;
        return FieldRules.TryIdentifier(text, out var issue) ? _pool.Get(text) : Fail(column, text, issue);
    }

    public string? Text(FieldSpec column)
    {
        if (!Present(column, out var text))
            return null;
        return FieldRules.TryText(text, out var issue) ? text.ToString() : Fail(column, text, issue);
    }

    public DateOnly? Date(FieldSpec column)
    {
        if (!Present(column, out var text))
            return null;
        if (!FieldRules.TryDate(text, out var value, out var issue))
            return Fail<DateOnly>(column, text, issue);
        return _dates.Check(column.Name, value) is { } outOfBounds ? Fail<DateOnly>(column, text, outOfBounds) : value;
    }

    public bool? Boolean(FieldSpec column)
    {
        if (!Present(column, out var text))
            return null;
        return FieldRules.TryBoolean(text, out var value, out var issue) ? value : Fail<bool>(column, text, issue);
    }

    public TEnum? Code<TEnum>(FieldSpec column) where TEnum : struct, Enum
    {
        if (!Present(column, out var text))
            return null;
        return FieldRules.TryEnum<TEnum>(text, out var value, out var issue) ? value : Fail<TEnum>(column, text, issue);
    }

    public int? Integer(FieldSpec column)
    {
        if (!Present(column, out var text))
            return null;
        return FieldRules.TryInteger(text, column, out var value, out var issue) ? value : Fail<int>(column, text, issue);
    }

    public decimal? Decimal(FieldSpec column)
    {
        if (!Present(column, out var text))
            return null;
        return FieldRules.TryDecimal(text, column, out var value, out var issue) ? value : Fail<decimal>(column, text, issue);
    }

    /// <summary>Reports a rule that involves several cells of the row, located at one of them.</summary>
    public void Report(FieldSpec column, string rule, string message, string hint)
    {
        var raw = Raw(column);
        _problems.Error(Location, Row, column.Name, Echo(raw), rule, message, hint);
        Ok = false;
    }

    private ReadOnlySpan<char> Raw(FieldSpec column)
    {
        var field = _fieldOfColumn[column.Index];
        return field < 0 ? [] : _reader.Field(field).Trim();
    }

    private bool Present(FieldSpec column, out ReadOnlySpan<char> text)
    {
        text = Raw(column);
        if (!text.IsEmpty)
        {
            if (FieldRules.TryLength(text, column, out var tooLong))
                return true;
            Fail(column, text, tooLong);
            return false;
        }
        if (column.Required && _fieldOfColumn[column.Index] >= 0)
            Fail(column, text, FieldRules.RequiredIssue(column.Name));
        return false;
    }

    private string? Fail(FieldSpec column, ReadOnlySpan<char> text, FieldIssue issue)
    {
        _problems.Error(Location, Row, column.Name, Echo(text), issue.Rule, issue.Message, issue.Hint);
        Ok = false;
        return null;
    }

    /// <summary>The offending value as a problem repeats it: cut after <see cref="IntakeLimits.MaximumEchoedCharacters"/> characters.</summary>
    internal static string Echo(ReadOnlySpan<char> value) =>
        value.Length <= IntakeLimits.MaximumEchoedCharacters
            ? value.ToString()
            : string.Concat(value[..IntakeLimits.MaximumEchoedCharacters], "…");

    private T? Fail<T>(FieldSpec column, ReadOnlySpan<char> text, FieldIssue issue) where T : struct
    {
        Fail(column, text, issue);
        return null;
    }
}
