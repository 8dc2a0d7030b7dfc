namespace Lutetia.Domain;

/// <summary>A symptom followed for clinical response.</summary>
public enum Symptom
{
    AbdominalPain,
    Diarrhea,
    OcclusiveSyndrome,
    MesentericIschemia,
    Flushing,
    Bronchospasm,
    Other,
}
