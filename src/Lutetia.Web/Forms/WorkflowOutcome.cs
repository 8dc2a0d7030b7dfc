using Lutetia.Domain;
using Lutetia.Storage.Workflow;

namespace Lutetia.Web.Forms;

/// <summary>
/// Runs one workflow action for a page and turns what the services refuse — a role or centre, a
/// step that does not fit the state, a wrong signature, a locked record, bad input — into the
/// sentence the page shows next to the form. Anything else is a bug and is not caught.
/// </summary>
public static class WorkflowOutcome
{
    /// <summary>Null when the use case succeeded, otherwise its refusal as the sentence the page shows.</summary>
    public static string? Of(Result result) => result.Refusal?.Sentence;

    /// <summary>Null when the use case succeeded, otherwise its refusal as the sentence the page shows.</summary>
    public static string? Of<T>(Result<T> result) => result.Refusal?.Sentence;

    /// <summary>Null when the action succeeded, otherwise the message.</summary>
    public static string? Of(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            action();
            return null;
        }
        catch (Exception e) when (Refusal(e) is { } message)
        {
            return message;
        }
    }

    /// <summary>Null when the action succeeded, otherwise the message.</summary>
    public static async Task<string?> OfAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await action().ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (Refusal(e) is { } message)
        {
            return message;
        }
    }

    private static string? Refusal(Exception e) => e is RecordLockedException or ArgumentException or Lutetia.Storage.StoredValueRefusedException
        ? Sentence(e is ArgumentException a ? a.Plain() : e.Message)
        : null;

    private static string Sentence(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? "" : ".");
}
