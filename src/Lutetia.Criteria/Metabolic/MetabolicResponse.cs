namespace Lutetia.Criteria.Metabolic;

/// <summary>PET metabolic response (EORTC 1999, PERCIST 1.0): complete, partial, stable, progressive, not evaluable.</summary>
public enum MetabolicResponse
{
    Cmr,
    Pmr,
    Smd,
    Pmd,
    Ne,
}
