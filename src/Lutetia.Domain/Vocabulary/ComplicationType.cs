namespace Lutetia.Domain;

/// <summary>A gastrointestinal complication after the first dose.</summary>
public enum ComplicationType
{
    BowelObstruction,
    AbdominalPain,
    MotilityDisorder,
    Diarrhea,
    Vomiting,
    Constipation,
    Perforation,
    MesentericIschemia,
    Other,
}
