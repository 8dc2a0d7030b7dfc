using System.Globalization;
using Lutetia.Intake;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Import;

/// <summary>
/// Reads a cohort (a folder of CSV files or an .xlsx workbook) with Lutetia.Intake's one rule set,
/// the dates judged against the study's date (<see cref="StudyClock.Today"/>), as <c>lutetia validate</c>
/// does: the checked cohort, or an <see cref="RefusalKind.Invalid"/> refusal whose fields are every
/// error then every warning (<c>error: patients.csv row 2, column sex = "unknown": …</c>). Needs no
/// database, so a command checks the file before it opens (or creates) one. Who may import may check.
/// </summary>
public sealed class CheckCohortFile(StudyClock clock) : IUseCase
{
    public Task<Result<CheckedCohort>> RunAsync(Account actor, string path, string name, IProgress<ReadProgress>? progress, CancellationToken cancellation)
    {
        if (Permissions.Check(actor, CrfSection.Import, CrfAccess.Write, "import a cohort") is { } refused)
            return Task.FromResult<Result<CheckedCohort>>(refused);
        cancellation.ThrowIfCancellationRequested();
        var read = CohortReader.Read(path, new ReadOptions(clock.Today) { Progress = progress });
        var problems = read.Problems;
        if (read.Cohort is null)
        {
            FieldProblem[] fields = [.. problems.Errors.Select(e => Field(e, "error")), .. problems.Warnings.Select(w => Field(w, "warning"))];
            return Task.FromResult<Result<CheckedCohort>>(Refusal.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"{name}: not valid — {problems.ErrorCount} error(s). Nothing was imported: fix the errors and import again"), fields));
        }
        return Task.FromResult(Result<CheckedCohort>.Success(new CheckedCohort(name, read.Cohort, read.Summary, problems.Warnings)));
    }

    /// <summary>The problem as a field: its file, row and column, and the line the reader prints.</summary>
    private static FieldProblem Field(Problem problem, string severity)
    {
        var where = problem.Row is { } row
            ? string.Create(CultureInfo.InvariantCulture, $"{problem.File}:{row}:{problem.Column}")
            : problem.File;
        return new FieldProblem(where, $"{severity}: {problem}");
    }
}
