namespace Lutetia.Storage.Workflow;

/// <summary>
/// The step does not fit where the query, lock or exam stands now (answering a closed query,
/// locking a locked record, reading an exam that already has its central read, or someone else
/// acted first); nothing was written. The message says what stands and what can be done.
/// </summary>
public sealed class WorkflowStateException : Exception
{
    public WorkflowStateException()
    {
    }

    public WorkflowStateException(string message)
        : base(message)
    {
    }

    public WorkflowStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
