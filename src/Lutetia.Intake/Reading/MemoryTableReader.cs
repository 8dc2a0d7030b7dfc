namespace Lutetia.Intake;

/// <summary>One table of a <see cref="MemoryCohortSource"/>: its header (the specification's columns), then its rows.</summary>
internal sealed class MemoryTableReader(TableSpec spec, List<string?[]> rows) : ITableReader
{
    private int _position = -1;

    public string Location => spec.FileName;

    /// <summary>Header = 1, first row = 2, as a spreadsheet shows it.</summary>
    public int Row => _position + 1;

    public int FieldCount => spec.Columns.Count;

    public bool Failed => false;

    public bool Read()
    {
        if (_position >= rows.Count)
            return false;
        _position++;
        return _position <= rows.Count;
    }

    public ReadOnlySpan<char> Field(int index)
    {
        if (index >= spec.Columns.Count)
            return [];
        return _position == 0 ? spec.Columns[index].Name : rows[_position - 1][index];
    }

    public void Dispose()
    {
    }
}
