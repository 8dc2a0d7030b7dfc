namespace Lutetia.Criteria.Mesenteric;

/// <summary>Mesenteric-mass response (MesenLuth rule). Codes: cr, pr, sd, pd, ne.</summary>
public enum MmResponse
{
    Cr,
    Pr,
    Sd,
    Pd,
    Ne,
}
