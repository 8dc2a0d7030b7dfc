namespace Lutetia.Domain;

/// <summary>
/// Why a library declines to compute from the data it was given, as a value: the message is
/// written for the person who can fix the data (what is wrong, where), and names the argument it
/// concerns. The <c>Try…</c> entry points of Criteria, Statistics and Intake return it inside an
/// <see cref="Attempt{T}"/>, so that no caller has to catch an exception to show a user a message;
/// the throwing entry points turn it into the <see cref="ArgumentException"/> a programmer error is.
/// </summary>
public sealed record DataProblem(string Message, string? Argument = null)
{
    /// <summary>The exception the throwing entry points raise: the same message and parameter name.</summary>
    public ArgumentException ToException() => new(Message, Argument);

    public override string ToString() => Message;
}
