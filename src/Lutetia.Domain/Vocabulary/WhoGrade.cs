namespace Lutetia.Domain;

/// <summary>WHO grade of the neuroendocrine tumour.</summary>
public enum WhoGrade
{
    [Code("g1")]
    G1,
    [Code("g2")]
    G2,
    [Code("g3")]
    G3,
}
