using Lutetia.Workflow.Accounts;

namespace Lutetia.Web.Forms;

/// <summary>
/// What an account page shows after an operation: done, with what to tell the user, or refused,
/// with the use case's words (lower-case, as <c>lutetia user</c> prints them too). A password reset
/// carries the temporary password, shown once.
/// </summary>
public sealed record AccountOutcome(bool Succeeded, string Message, string? TemporaryPassword = null)
{
    public static AccountOutcome Done(string message, string? temporaryPassword = null) => new(true, message, temporaryPassword);

    public static AccountOutcome Refused(string why) => new(false, why);

    public static AccountOutcome Of(Result<AccountChange> result) =>
        result.Refusal is { } refused ? Refused(refused.Message) : Done(result.Value.Message, result.Value.TemporaryPassword);

    public static AccountOutcome Of(Result<string> result) =>
        result.Refusal is { } refused ? Refused(refused.Message) : Done(result.Value);

    /// <summary>The refusal's words, or <paramref name="done"/> when the use case did what was asked.</summary>
    public static AccountOutcome Of(Result result, string done) =>
        result.Refusal is { } refused ? Refused(refused.Message) : Done(done);
}
