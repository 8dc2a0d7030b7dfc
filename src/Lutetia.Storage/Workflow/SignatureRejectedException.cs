namespace Lutetia.Storage.Workflow;

/// <summary>The password re-entered to sign (lock or unlock) is not the account's: nothing was signed.</summary>
public sealed class SignatureRejectedException : Exception
{
    public SignatureRejectedException()
    {
    }

    public SignatureRejectedException(string message)
        : base(message)
    {
    }

    public SignatureRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
