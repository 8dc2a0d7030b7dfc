namespace Lutetia.Criteria;

/// <summary>Resectability of the mesenteric mass. Codes: resectable, unresectable, unknown.</summary>
public enum Resectability
{
    Resectable,
    Unresectable,
    Unknown,
}
