using Lutetia.Domain;

namespace Lutetia.Criteria.Recist;

/// <summary>
/// RECIST 1.1 response at one follow-up read: the overall response and its components (null when
/// the patient had no lesion of that kind at baseline). After a PD the overall response stays PD
/// (nothing after a PD is re-scored, §4.4.3); the components still show what the read saw.
/// </summary>
public sealed record RecistTimePoint(ReadId Read, DateOnly Date, OverallResponse Overall, Explanation Explanation)
{
    public TargetVerdict? Target { get; init; }
    public NonTargetVerdict? NonTarget { get; init; }

    /// <summary>New lesions seen at this read (§4.3.5); any makes the time point PD.</summary>
    public IReadOnlyList<LesionId> NewLesions { get; init; } = [];
}
