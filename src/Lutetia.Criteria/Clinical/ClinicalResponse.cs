namespace Lutetia.Criteria;

/// <summary>Clinical symptom response. Codes: complete, partial, stable, progression, ne.</summary>
public enum ClinicalResponse
{
    Complete,
    Partial,
    Stable,
    Progression,
    Ne,
}
