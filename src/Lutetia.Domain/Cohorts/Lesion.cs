namespace Lutetia.Domain;

/// <summary>
/// A lesion followed on imaging (lesions.csv). A nodal lesion is measured on its short axis and
/// the node rules of RECIST 1.1 apply to it. The mesenteric mass is a nodal target in the mesentery.
/// </summary>
public sealed record Lesion(
    PatientId Patient,
    LesionId Id,
    LesionSite Site,
    bool IsMesentericMass,
    bool IsNodal,
    LesionRole Role);
