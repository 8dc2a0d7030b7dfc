namespace Lutetia.Domain;

/// <summary>Why the PRRT course ended.</summary>
public enum PrrtStopReason
{
    Completed,
    Toxicity,
    GeneralDeterioration,
    Unknown,
}
