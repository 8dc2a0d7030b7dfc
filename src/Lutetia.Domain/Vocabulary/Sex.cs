namespace Lutetia.Domain;

/// <summary>Sex of the patient.</summary>
public enum Sex
{
    Female,
    Male,
}
