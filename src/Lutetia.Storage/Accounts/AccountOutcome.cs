namespace Lutetia.Storage;

/// <summary>
/// The answer of an account operation (<see cref="AccountLifeCycle"/>): done, with what to tell the
/// operator, or refused, with why and what to do. A password reset carries the temporary password,
/// shown once.
/// </summary>
public sealed record AccountOutcome(bool Succeeded, string Message, string? TemporaryPassword = null)
{
    public static AccountOutcome Done(string message, string? temporaryPassword = null) => new(true, message, temporaryPassword);

    public static AccountOutcome Refused(string why) => new(false, why);
}
