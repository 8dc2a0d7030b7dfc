using System.Globalization;

namespace Lutetia.Intake.SubjectTables;

/// <summary>
/// Reads the columns a survival command uses from a CSV file with a header row, strictly
/// (statistics.md, input tables): an empty cell or NA is missing and drops its row (R's na.omit,
/// the number dropped reported); times must be finite and ≥ 0, events 0 or 1, covariates numbers.
/// Every problem names the file, the row (header = 1) and the column.
/// </summary>
public static class SubjectTableReader
{
    /// <summary>Problems listed at the most; the rest are counted.</summary>
    public const int MaxProblems = 50;

    /// <summary>The table, or null with the reasons in <paramref name="problems"/>.</summary>
    public static SubjectTable? Read(string path, IReadOnlyList<ColumnRequest> columns, List<TableProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        string file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            problems.Add(new TableProblem(path, null, null, null, "the file does not exist; give the path of a CSV file with a header row."));
            return null;
        }
        // The cohort's reader: strict RFC 4180 over UTF-8, streamed in a fixed buffer; a byte that
        // is not UTF-8 is reported with its row and column, never replaced.
        var syntax = new ProblemList();
        using var records = new CsvTableReader(
            new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), file, syntax);
        if (!records.Read())
        {
            problems.Add(records.Failed ? Syntax(records, syntax, null) : new TableProblem(file, null, null, null, "the file is empty; a header row naming the columns is needed."));
            return null;
        }
        var header = new List<string>(records.FieldCount);
        for (int i = 0; i < records.FieldCount; i++) header.Add(records.Field(i).ToString());
        int[]? positions = Locate(file, header, columns, problems);
        if (positions is null) return null;
        var cells = new ColumnCells(file, columns, problems);
        int headerWidth = header.Count, read = 0, dropped = 0;
        while (records.Read())
        {
            read++;
            if (records.FieldCount != headerWidth)
            {
                cells.Add(new TableProblem(file, records.Row, null, null, string.Create(CultureInfo.InvariantCulture,
                    $"the row has {records.FieldCount} values but the header names {headerWidth} columns; check for a missing or extra comma.")));
                continue;
            }
            if (!cells.AddRow(records, positions)) dropped++;
        }
        if (records.Failed) cells.Add(Syntax(records, syntax, header));
        if (cells.ProblemCount == 0 && cells.Rows == 0)
        {
            cells.Add(new TableProblem(file, null, null, null, read == 0
                ? "the table has a header but no rows; there are no subjects to analyse."
                : string.Create(CultureInfo.InvariantCulture, $"every one of its {read} rows has a missing value (empty or NA) in a column used; there are no subjects left to analyse.")));
        }
        if (cells.ProblemCount > MaxProblems)
            problems.Add(new TableProblem(file, null, null, null, string.Create(CultureInfo.InvariantCulture,
                $"… and {cells.ProblemCount - MaxProblems} more problems not listed.")));
        return cells.ProblemCount > 0 ? null : cells.ToTable(dropped);
    }

    /// <summary>The problem that stopped the reader (syntax or encoding), with the column of a bad byte when the header names it.</summary>
    private static TableProblem Syntax(CsvTableReader records, ProblemList syntax, List<string>? header)
    {
        var problem = syntax.Errors[0];
        var column = records.UndecodableField is { } field && header is not null && field < header.Count ? header[field] : null;
        return new TableProblem(problem.File, problem.Row, column, null, $"{problem.Message}; {problem.Hint}.");
    }

    /// <summary>The position of each requested column in the header; null (with problems) when one is absent or ambiguous.</summary>
    private static int[]? Locate(string file, List<string> header, IReadOnlyList<ColumnRequest> columns, List<TableProblem> problems)
    {
        var positions = new int[columns.Count];
        bool ok = true;
        for (int k = 0; k < columns.Count; k++)
        {
            var c = columns[k];
            positions[k] = header.IndexOf(c.Name);
            if (positions[k] < 0)
            {
                ok = false;
                string near = header.Find(h => string.Equals(h.Trim(), c.Name, StringComparison.OrdinalIgnoreCase)) is { } similar
                    ? $" (did you mean '{similar}'? names are matched exactly)" : "";
                problems.Add(new TableProblem(file, 1, c.Name, null,
                    $"{c.Option} names a column that is not in the header{near}; the columns are: {string.Join(", ", header)}."));
            }
            else if (header.LastIndexOf(c.Name) != positions[k])
            {
                ok = false;
                problems.Add(new TableProblem(file, 1, c.Name, null, $"two columns of the header are named '{c.Name}'; rename one."));
            }
        }
        return ok ? positions : null;
    }
}
