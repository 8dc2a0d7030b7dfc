namespace Lutetia.Domain;

/// <summary>Site of the primary tumour; the first four are small-intestinal.</summary>
public enum PrimarySite
{
    Ileum,
    Jejunum,
    Duodenum,
    SmallIntestine,
    Pancreas,
    Stomach,
    Colorectal,
    Lung,
    Unknown,
    Other,
}
