namespace Lutetia.Storage.Workflow;

/// <summary>
/// A save touched a row of a locked patient record: refused as a whole, nothing was saved. The
/// message names the patient, who locked it and when, and that a coordinator must unlock it.
/// </summary>
public sealed class RecordLockedException : Exception
{
    public RecordLockedException()
    {
    }

    public RecordLockedException(string message)
        : base(message)
    {
    }

    public RecordLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The patient whose record is locked (empty when built without it).</summary>
    public string PatientId { get; init; } = "";

    public string LockedBy { get; init; } = "";
    public DateTime LockedAtUtc { get; init; }
}
