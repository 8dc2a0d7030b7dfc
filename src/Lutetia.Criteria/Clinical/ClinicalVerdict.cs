namespace Lutetia.Criteria;

/// <summary>Clinical symptom response with each symptom's comparison.</summary>
public sealed record ClinicalVerdict(ClinicalResponse Response, IReadOnlyList<SymptomChange> Symptoms, Explanation Explanation)
{
    /// <summary>Responder = complete or partial.</summary>
    public bool IsResponder => Response is ClinicalResponse.Complete or ClinicalResponse.Partial;
}
