namespace Lutetia.Intake;

/// <summary>The types a cell of the cohort format can have.</summary>
public enum FieldKind
{
    Identifier,
    Text,
    Date,
    Boolean,
    Enumeration,
    Integer,
    Decimal,
}
