using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// Checks a cohort that is already in memory — for instance one patient's rows as the database
/// holds them — with the one rule set of <see cref="CohortReader"/>: every cell rule of
/// <see cref="FieldSpec.Check"/>, the rules within a row, and the cross-file rules. The cohort is
/// written out as the cells of its files and read back, so a value gets the same verdict and
/// message here as in a file. Problems name the table as a file (<c>reads.csv</c>) and the row as
/// its position in the table's list plus 2 (the header is row 1).
/// </summary>
public static class CohortCheck
{
    public static ProblemList Check(Cohort cohort, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new ProblemList();
        using var source = new MemoryCohortSource(cohort);
        CohortReader.Read(source, options, problems);
        return problems;
    }
}
