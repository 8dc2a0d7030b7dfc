namespace Lutetia.Domain;

/// <summary>Which disease progressed: the mesenteric mass or the rest.</summary>
public enum ProgressionScope
{
    Mm,
    NonMm,
}
