namespace Lutetia.Storage.Workflow;

/// <summary>Where a query stands in its life cycle: open → answered → resolution proposed → closed.</summary>
public enum QueryStatus
{
    /// <summary>Raised (or re-opened) by a coordinator or reviewer; waits for the centre's answer.</summary>
    Open,

    /// <summary>The centre's investigator answered; waits for a resolution to be proposed (or a re-opening).</summary>
    Answered,

    /// <summary>A coordinator or reviewer proposed how to resolve it; waits for closing (or a re-opening).</summary>
    ResolutionProposed,

    /// <summary>Closed by a coordinator or reviewer; a closed query stays in the history for ever.</summary>
    Closed,
}
