namespace Lutetia.Workflow.Records;

/// <summary>
/// Where one form of one patient's record stands, from the most to the least final. When several
/// apply, the cell shows the first of: locked, open query, issues, empty, incomplete, complete
/// (<see cref="RecordStateRules"/>; docs/web.md, "The study at a glance").
/// </summary>
public enum RecordState
{
    /// <summary>The record is signed and locked: nothing changes until a coordinator unlocks it.</summary>
    Locked,

    /// <summary>A query on one of the form's fields is not closed.</summary>
    OpenQuery,

    /// <summary>The format's rules found a problem in the form's data (data_quality_issues).</summary>
    Issues,

    /// <summary>Nothing entered yet.</summary>
    Empty,

    /// <summary>Entered, but a value a finished form holds is still blank.</summary>
    Incomplete,

    /// <summary>Entered, nothing missing, nothing open.</summary>
    Complete,
}
