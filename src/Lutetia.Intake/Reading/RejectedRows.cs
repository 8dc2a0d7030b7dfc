namespace Lutetia.Intake;

/// <summary>
/// The identifiers found in rows that failed their own rules. The cross-file rules consult it so
/// that one bad cell is reported once, not again as a broken reference in every file that names
/// the same patient, read or lesion. When a rejected row's identifier is itself unreadable, every
/// reference into that column is given the benefit of the doubt until the row is fixed.
/// </summary>
internal sealed class RejectedRows
{
    private readonly HashSet<(string Table, string Column, string Value)> _values = [];
    private readonly HashSet<(string Table, string Column)> _unreadable = [];
    private readonly HashSet<string> _unreadableTables = [];

    /// <summary>The whole table could not be read (missing, a required column missing, a syntax error, no rows).</summary>
    public void AddTable(string table) => _unreadableTables.Add(table);

    public void Add(string table, string column, ReadOnlySpan<char> raw)
    {
        var value = raw.Trim();
        if (Domain.Identifier.IsValid(value))
            _values.Add((table, column, value.ToString()));
        else
            _unreadable.Add((table, column));
    }

    /// <summary>Adds everything <paramref name="other"/> holds (a table read on its own thread).</summary>
    public void UnionWith(RejectedRows other)
    {
        _values.UnionWith(other._values);
        _unreadable.UnionWith(other._unreadable);
        _unreadableTables.UnionWith(other._unreadableTables);
    }

    /// <summary>True when a row of <paramref name="table"/> with this identifier was rejected (or may have been).</summary>
    public bool Covers(string table, string column, string value) =>
        _unreadableTables.Contains(table) || _unreadable.Contains((table, column)) || _values.Contains((table, column, value));
}
