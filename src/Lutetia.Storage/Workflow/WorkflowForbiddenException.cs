namespace Lutetia.Storage.Workflow;

/// <summary>The acting account's role or centre may not do this; nothing was read or written.</summary>
public sealed class WorkflowForbiddenException : Exception
{
    public WorkflowForbiddenException()
    {
    }

    public WorkflowForbiddenException(string message)
        : base(message)
    {
    }

    public WorkflowForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
