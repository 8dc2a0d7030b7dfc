using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>What reading a cohort gave: the cohort when it has no error, and every problem found.</summary>
public sealed record IntakeResult(Cohort? Cohort, ProblemList Problems, CohortSummary Summary)
{
    public bool IsValid => Cohort is not null;
}
