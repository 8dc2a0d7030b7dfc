namespace Lutetia.Web.Forms;

/// <summary>
/// What a page shows next to its form after a use case: nothing when it succeeded, otherwise the
/// refusal's sentence (a role or centre, a step that does not fit the state, a wrong signature, a
/// locked record, bad input). Refusals are values; an exception is a bug and reaches the error page.
/// </summary>
public static class WorkflowOutcome
{
    /// <summary>Null when the use case succeeded, otherwise its refusal as the sentence the page shows.</summary>
    public static string? Of(Result result) => result.Refusal?.Sentence;

    /// <summary>Null when the use case succeeded, otherwise its refusal as the sentence the page shows.</summary>
    public static string? Of<T>(Result<T> result) => result.Refusal?.Sentence;
}
