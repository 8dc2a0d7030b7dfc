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

    public void Error(string file, int? row, string? column, string? value, string rule, string message, string hint) =>
        Add(new Problem(Severity.Error, file, row, column, value, rule, message, hint));

    public void Warning(string file, int? row, string? column, string? value, string rule, string message, string hint) =>
        Add(new Problem(Severity.Warning, file, row, column, value, rule, message, hint));
}
