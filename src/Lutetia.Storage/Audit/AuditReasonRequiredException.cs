namespace Lutetia.Storage;

/// <summary>
/// A save changed or deleted a row saved before, with no reason given (a reason is
/// required for any change after the first save). Nothing was saved.
/// </summary>
public sealed class AuditReasonRequiredException : InvalidOperationException
{
    public AuditReasonRequiredException()
    {
    }

    public AuditReasonRequiredException(string message)
        : base(message)
    {
    }

    public AuditReasonRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
