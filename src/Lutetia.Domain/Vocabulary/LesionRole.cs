namespace Lutetia.Domain;

/// <summary>RECIST role chosen at baseline; New is a lesion first seen after the baseline read.</summary>
public enum LesionRole
{
    Target,
    NonTarget,
    New,
}
