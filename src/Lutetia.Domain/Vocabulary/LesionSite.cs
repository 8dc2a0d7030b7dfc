namespace Lutetia.Domain;

/// <summary>Organ of a lesion followed on imaging.</summary>
public enum LesionSite
{
    Mesentery,
    Liver,
    LymphNode,
    Peritoneum,
    Bone,
    Lung,
    Other,
}
