namespace Lutetia.Reporting.Exports;

/// <summary>
/// One table of an export: its columns and its rows. Each row holds one cell per column in the
/// cohort format's canonical text (ISO dates, <c>yes</c>/<c>no</c>, invariant numbers, lower-case
/// codes); null is an empty cell ("unknown / not recorded", or "not applicable" for endpoints).
/// </summary>
public sealed record ExportTable
{
    /// <summary>The table's name in the cohort format (<c>patients</c>), also its file name without extension.</summary>
    public required string Name { get; init; }

    /// <summary>What one row is, in words.</summary>
    public required string Label { get; init; }

    public required IReadOnlyList<ExportColumn> Columns { get; init; }
    public required IReadOnlyList<string?[]> Rows { get; init; }

    /// <summary>The position of a column, or -1 when the table has none of that name.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
                return i;
        }
        return -1;
    }
}
