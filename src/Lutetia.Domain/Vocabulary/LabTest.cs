namespace Lutetia.Domain;

/// <summary>A laboratory test followed for response.</summary>
public enum LabTest
{
    Cga,
}
