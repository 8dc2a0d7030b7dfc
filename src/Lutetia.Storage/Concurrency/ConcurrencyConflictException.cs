namespace Lutetia.Storage;

/// <summary>
/// A save lost a race: someone else saved the same row after it was loaded. Nothing of this save
/// was written; <see cref="Conflicts"/> tells field by field what the other saved and who did.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConcurrencyConflictException(string message, IReadOnlyList<ConcurrencyConflict> conflicts)
        : base(message)
    {
        Conflicts = conflicts;
    }

    public ConcurrencyConflictException(string message, IReadOnlyList<ConcurrencyConflict> conflicts, Exception innerException)
        : base(message, innerException)
    {
        Conflicts = conflicts;
    }

    public IReadOnlyList<ConcurrencyConflict> Conflicts { get; } = [];
}
