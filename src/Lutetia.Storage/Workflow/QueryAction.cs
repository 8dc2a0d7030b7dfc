namespace Lutetia.Storage.Workflow;

/// <summary>One step of a query's history: what was done to it.</summary>
public enum QueryAction
{
    Raise,
    Answer,
    ProposeResolution,
    Close,
    Reopen,
}
