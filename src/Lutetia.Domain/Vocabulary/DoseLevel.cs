namespace Lutetia.Domain;

/// <summary>Administered activity of one cycle: the full standard activity or a reduced one.</summary>
public enum DoseLevel
{
    Full,
    Reduced,
}
