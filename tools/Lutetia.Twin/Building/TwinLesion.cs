using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>A lesion of the twin with its baseline size (mm; 0 for a non-target) and its receptor uptake.</summary>
internal sealed record TwinLesion(LesionId Id, LesionSite Site, bool IsMass, bool IsNodal, LesionRole Role, int BaselineMm,
    int Krenning, decimal SuvMax)
{
    public bool IsNonMmTarget => Role == LesionRole.Target && !IsMass;
}
