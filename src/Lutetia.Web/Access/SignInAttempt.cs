using Microsoft.AspNetCore.Identity;

namespace Lutetia.Web.Access;

/// <summary>
/// What the password step answered: Identity's result (succeeded, or needs the second factor), and
/// otherwise the one message the page shows, and how long to wait when the address is throttled.
/// </summary>
public sealed record SignInAttempt(SignInResult Result, string? Problem, TimeSpan? RetryAfter)
{
    public static SignInAttempt Passed(SignInResult result) => new(result, null, null);

    public static SignInAttempt Refused() => new(SignInResult.Failed, SignIn.Refused, null);

    public static SignInAttempt Throttled(TimeSpan wait) => new(SignInResult.Failed, SignInThrottle.Message(wait), wait);
}
