namespace Lutetia.Domain;

/// <summary>
/// One symptom at one assessment (symptoms.csv). Intensity 0–10 (0 = absent) and/or episodes per
/// week; at least one is recorded.
/// </summary>
public sealed record SymptomAssessment(
    PatientId Patient,
    DateOnly Date,
    SymptomDomain Domain,
    Symptom Symptom,
    decimal? Intensity,
    decimal? EpisodesPerWeek)
{
    /// <summary>Present when either measure is above zero (mesenluth-protocol.md, clinical response).</summary>
    public bool IsPresent => Intensity > 0 || EpisodesPerWeek > 0;
}
