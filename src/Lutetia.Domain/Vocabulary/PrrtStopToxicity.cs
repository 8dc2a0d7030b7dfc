namespace Lutetia.Domain;

/// <summary>The toxicity that ended PRRT.</summary>
public enum PrrtStopToxicity
{
    Cholestasis,
    Cytopenia,
    RenalInsufficiency,
    Other,
}
