namespace Lutetia.Domain;

/// <summary>Whether a symptom is related to the mesenteric mass or to the carcinoid syndrome.</summary>
public enum SymptomDomain
{
    Mm,
    CarcinoidSyndrome,
}
