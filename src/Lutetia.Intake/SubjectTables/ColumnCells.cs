namespace Lutetia.Intake.SubjectTables;

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
    private readonly IdentifierPool _labelPool = new();

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
    public bool AddRow(CsvTableReader row, int[] positions)
    {
        bool missing = false, valid = true;
        for (int k = 0; k < _columns.Count; k++)
        {
            var cell = row.Field(positions[k]);
            var trimmed = cell.Trim();
            if (trimmed.Length == 0 || trimmed is "NA")
            {
                missing = true;
                continue;
            }
            if (_columns[k].Kind == ColumnKind.Label)
            {
                _rowLabels[k] = _labelPool.Get(cell);
                continue;
            }
            string? problem = CellNumbers.Check(trimmed, _columns[k].Kind, out _rowNumbers[k]);
            if (problem is not null)
            {
                valid = false;
                Add(new TableProblem(_file, row.Row, _columns[k].Name, cell.ToString(), problem));
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
