namespace Lutetia.Workflow.Access;

/// <summary>Which centres' patients an allowed action reaches.</summary>
public enum Reach
{
    /// <summary>The action is not allowed at all.</summary>
    None,

    /// <summary>Only the patients of the account's own centre (an investigator).</summary>
    OwnCenter,

    /// <summary>The patients of every centre (and the study-wide pages).</summary>
    EveryCenter,
}
