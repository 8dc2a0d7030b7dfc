namespace Lutetia.Domain;

/// <summary>A metastatic site other than the mesenteric mass, present at first PRRT.</summary>
public enum MetastaticSiteKind
{
    Liver,
    DistantLymphNodes,
    Peritoneum,
    Bone,
    Lung,
    Other,
}
