namespace Lutetia.Web.Forms;

/// <summary>How a save of the lesion grid ended.</summary>
public enum GridSaveOutcome
{
    Saved,

    /// <summary>A cell breaks the format's rules (see the grid's issues).</summary>
    InvalidCells,

    /// <summary>A change to measurements saved before, without a reason.</summary>
    ReasonRequired,

    /// <summary>Someone else saved these measurements since they were loaded.</summary>
    Conflict,

    /// <summary>The database refused the rows (the read or a lesion was deleted meanwhile).</summary>
    Refused,
}
