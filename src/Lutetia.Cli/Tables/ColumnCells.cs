using System.Globalization;

namespace Lutetia.Cli.Tables;

/// <summary>The requested columns' values as they are read and checked, row by row.</summary>
internal sealed class ColumnCells
{
    private readonly string _file;
    private readonly IReadOnlyList<ColumnRequest> _columns;
    private readonly List<TableProblem> _problems;
    private readonly List<double>?[] _numbers;
    private readonly List<int>?[] _events;
    private readonly List<string>?[] _labels;
    private readonly double[] _rowNumbers;
    private readonly string[] _rowLabels;

    public ColumnCells(string file, IReadOnlyList<ColumnRequest> columns, List<TableProblem> problems)
    {
        _file = file;
        _columns = columns;
        _problems = problems;
        _numbers = new List<double>?[columns.Count];
        _events = new List<int>?[columns.Count];
        _labels = new List<string>?[columns.Count];
        for (int k = 0; k < columns.Count; k++)
        {
            switch (columns[k].Kind)
            {
                case ColumnKind.Event: _events[k] = []; break;
                case ColumnKind.Label: _labels[k] = []; break;
                default: _numbers[k] = []; break;
            }
        }
        _rowNumbers = new double[columns.Count];
        _rowLabels = new string[columns.Count];
    }

    public int Rows { get; private set; }

    public int ProblemCount { get; private set; }

    public void Add(TableProblem problem)
    {
        ProblemCount++;
        if (ProblemCount <= SubjectTableReader.MaxProblems) _problems.Add(problem);
    }

    /// <summary>Checks a row's cells and keeps the row; false when a missing value drops it.</summary>
    public bool AddRow(List<string> fields, int[] positions, int line)
    {
        bool missing = false, valid = true;
        for (int k = 0; k < _columns.Count; k++)
        {
            string cell = fields[positions[k]];
            string trimmed = cell.Trim();
            if (trimmed.Length == 0 || trimmed == "NA")
            {
                missing = true;
                continue;
            }
            if (_columns[k].Kind == ColumnKind.Label)
            {
                _rowLabels[k] = cell;
                continue;
            }
            string? problem = Check(trimmed, _columns[k].Kind, out _rowNumbers[k]);
            if (problem is not null)
            {
                valid = false;
                Add(new TableProblem(_file, line, _columns[k].Name, cell, problem));
            }
        }
        if (missing || !valid || ProblemCount > 0) return !missing;
        for (int k = 0; k < _columns.Count; k++)
        {
            switch (_columns[k].Kind)
            {
                case ColumnKind.Event: _events[k]!.Add((int)_rowNumbers[k]); break;
                case ColumnKind.Label: _labels[k]!.Add(_rowLabels[k]); break;
                default: _numbers[k]!.Add(_rowNumbers[k]); break;
            }
        }
        Rows++;
        return true;
    }

    /// <summary>Parses a non-missing cell; the rule it breaks, or null.</summary>
    private static string? Check(string text, ColumnKind kind, out double value)
    {
        // R writes infinities as Inf and -Inf, which .NET does not parse.
        if (text.TrimStart('-', '+').Equals("Inf", StringComparison.OrdinalIgnoreCase))
            text = "Infinity";
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return kind switch
            {
                ColumnKind.Time => "a time must be a number written with a decimal point (e.g. 12.5); leave the cell empty or write NA when it is missing.",
                ColumnKind.Event => "an event indicator must be 0 (censored) or 1 (event).",
                _ => "a covariate must be numeric; code a category as 0/1 indicator columns, or leave the cell empty or NA when it is missing.",
            };
        }
        if (double.IsNaN(value))
            return "NaN is not a value; write NA or leave the cell empty when it is missing.";
        if (double.IsInfinity(value))
            return "a value must be a finite number.";
        if (value == 0) value = 0; // "-0" reads as negative zero, which km.csv would print as -0
        return kind switch
        {
            ColumnKind.Time when value < 0 => "a time must not be negative (times are measured from the origin, ≥ 0).",
            ColumnKind.Event when value is not (0 or 1) => "an event indicator must be 0 (censored) or 1 (event); recode other codes (e.g. R's 1/2) first.",
            _ => null,
        };
    }

    public SubjectTable ToTable(int dropped)
    {
        var numbers = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var events = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (int k = 0; k < _columns.Count; k++)
        {
            string name = _columns[k].Name;
            if (_events[k] is { } e) events[name] = [.. e];
            else if (_labels[k] is { } l) labels[name] = [.. l];
            else numbers[name] = [.. _numbers[k]!];
        }
        return new SubjectTable(_file, Rows, dropped, numbers, events, labels);
    }
}
