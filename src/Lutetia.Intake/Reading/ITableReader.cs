namespace Lutetia.Intake;

/// <summary>
/// Streams the records of one table (a CSV file or a worksheet), header first, one at a time.
/// Syntax problems are reported to the problem list; reading stops at one that cannot be recovered.
/// </summary>
internal interface ITableReader : IDisposable
{
    /// <summary>How problems name this table: <c>reads.csv</c> or <c>[cohort.xlsx]reads</c>.</summary>
    string Location { get; }

    /// <summary>Moves to the next non-blank record; false at the end.</summary>
    bool Read();

    /// <summary>Row number of the current record (header = 1, as a spreadsheet shows it).</summary>
    int Row { get; }

    int FieldCount { get; }

    /// <summary>True once a syntax or encoding problem stopped the reading (it was reported).</summary>
    bool Failed { get; }

    /// <summary>The current record's field, already decoded; empty past the last field.</summary>
    ReadOnlySpan<char> Field(int index);
}
