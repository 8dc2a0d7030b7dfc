namespace Lutetia.Domain;

/// <summary>Imaging modality. CT and MRI are morphologic; SRS (111In-octreotide) and 68Ga-DOTATOC/DOTATATE PET are somatostatin-receptor imaging.</summary>
public enum Modality
{
    Ct,
    Mri,
    [Code("srs_111in")]
    Srs111In,
    [Code("pet_68ga")]
    Pet68Ga,
}
