namespace Lutetia.Intake.SubjectTables;

/// <summary>How a column of a subject table is read and checked (statistics.md, input tables).</summary>
public enum ColumnKind
{
    /// <summary>A follow-up time: a finite number ≥ 0.</summary>
    Time,

    /// <summary>An event indicator: 0 (censored) or 1 (event).</summary>
    Event,

    /// <summary>A numeric covariate: a finite number.</summary>
    Number,

    /// <summary>A group or stratum label: any text.</summary>
    Label,
}
