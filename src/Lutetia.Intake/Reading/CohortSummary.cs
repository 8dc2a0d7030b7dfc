namespace Lutetia.Intake;

/// <summary>How many rows of each table a cohort holds (rows that passed their cell rules).</summary>
public sealed record CohortSummary(IReadOnlyList<KeyValuePair<string, int>> RowsPerTable)
{
    public int Count(string table)
    {
        foreach (var (name, count) in RowsPerTable)
        {
            if (name == table)
                return count;
        }
        return 0;
    }

    /// <summary>One line: <c>8 centers, 60 patients, 238 prrt_cycles, …</c></summary>
    public override string ToString() =>
        string.Join(", ", RowsPerTable.Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Value} {p.Key}")));
}
