namespace Lutetia.Criteria.Toxicity;

/// <summary>The grade of one value, or every reason it could not be graded.</summary>
public sealed record GradeOutcome(CtcaeGrade? Grade, IReadOnlyList<DataRefusal> Refusals)
{
    public bool IsRefused => Grade is null;
}
