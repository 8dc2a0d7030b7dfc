namespace Lutetia.Domain;

/// <summary>Cause of death.</summary>
public enum DeathCause
{
    MmRelated,
    NetNotMm,
    NotNet,
    Unknown,
}
