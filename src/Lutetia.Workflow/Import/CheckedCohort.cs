using Lutetia.Domain;
using Lutetia.Intake;

namespace Lutetia.Workflow.Import;

/// <summary>
/// A cohort file that passed Lutetia.Intake's one rule set (<see cref="CheckCohortFile"/>), the only
/// kind <see cref="ImportCohort"/> stores: it cannot be made elsewhere, so nothing unchecked enters
/// the database.
/// </summary>
public sealed class CheckedCohort
{
    internal CheckedCohort(string name, Cohort cohort, CohortSummary summary, IReadOnlyList<Problem> warnings)
    {
        Name = name;
        Cohort = cohort;
        Summary = summary;
        Warnings = warnings;
    }

    /// <summary>The file's name as the messages and the audit trail's reason repeat it.</summary>
    public string Name { get; }

    public Cohort Cohort { get; }

    /// <summary>What it holds, in words ("2 centres, 3 patients…").</summary>
    public CohortSummary Summary { get; }

    /// <summary>The RECIST choices and other warnings the reader lists without refusing the file.</summary>
    public IReadOnlyList<Problem> Warnings { get; }
}
