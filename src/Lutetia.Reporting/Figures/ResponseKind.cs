namespace Lutetia.Reporting.Figures;

/// <summary>Which response a swimmer lane marks first.</summary>
public enum ResponseKind
{
    Partial,
    Complete,
}
