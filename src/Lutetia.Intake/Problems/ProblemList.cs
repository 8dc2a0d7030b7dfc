namespace Lutetia.Intake;

/// <summary>
/// Collects the problems of one cohort. Every problem is counted; only the first
/// <see cref="Capacity"/> of each severity are kept, so a badly broken file of millions of rows
/// cannot exhaust memory.
/// </summary>
public sealed class ProblemList
{
    public const int Capacity = 10_000;

    private readonly List<Problem> _errors = [];
    private readonly List<Problem> _warnings = [];

    public IReadOnlyList<Problem> Errors => _errors;
    public IReadOnlyList<Problem> Warnings => _warnings;
    public int ErrorCount { get; private set; }
    public int WarningCount { get; private set; }
    public bool HasErrors => ErrorCount > 0;

    public void Add(Problem problem)
    {
        if (problem.Severity == Severity.Error)
        {
            ErrorCount++;
            if (_errors.Count < Capacity)
                _errors.Add(problem);
        }
        else
        {
            WarningCount++;
            if (_warnings.Count < Capacity)
                _warnings.Add(problem);
        }
    }

    /// <summary>
    /// Appends every problem of <paramref name="other"/> after this list's own, as if they had been
    /// added here one by one: the counts add up and the kept ones stay the first of each severity.
    /// </summary>
    public void AddRange(ProblemList other)
    {
        ArgumentNullException.ThrowIfNull(other);
        ErrorCount += other.ErrorCount;
        WarningCount += other.WarningCount;
        _errors.AddRange(other._errors.Take(Capacity - _errors.Count));
        _warnings.AddRange(other._warnings.Take(Capacity - _warnings.Count));
    }

    public void Error(string file, int? row, string? column, string? value, string rule, string message, string hint) =>
        Add(new Problem(Severity.Error, file, row, column, value, rule, message, hint));

    public void Warning(string file, int? row, string? column, string? value, string rule, string message, string hint) =>
        Add(new Problem(Severity.Warning, file, row, column, value, rule, message, hint));
}
