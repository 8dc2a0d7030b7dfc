using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// A cohort already in memory (rows loaded from the database) written out as the cells its files
/// would hold, so that the reader checks it with exactly the rules it applies to files. Tables are
/// named like files (<c>patients.csv</c>) and rows numbered like them (header = 1).
/// </summary>
internal sealed class MemoryCohortSource : ICohortSource
{
    private readonly Dictionary<string, (TableSpec Spec, List<string?[]> Rows)> _tables = new(StringComparer.Ordinal);

    public MemoryCohortSource(Cohort cohort)
    {
        foreach (var (table, rows, count) in CohortRows.Of(cohort))
        {
            var copies = new List<string?[]>(count);
            foreach (var cells in rows)
                copies.Add((string?[])cells.Clone()); // the writer reuses one array per table
            _tables[table.Name] = (table, copies);
        }
    }

    public IReadOnlyList<string> TableNames => [.. _tables.Keys];

    public string LocationOf(string tableName) => tableName + ".csv";

    public ITableReader Open(string tableName, ProblemList problems)
    {
        var (spec, rows) = _tables[tableName];
        return new MemoryTableReader(spec, rows);
    }

    public void Dispose()
    {
    }
}
