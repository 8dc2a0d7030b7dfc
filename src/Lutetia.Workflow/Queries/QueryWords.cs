using System.Globalization;
using Lutetia.Intake;
using Lutetia.Storage.Workflow;

namespace Lutetia.Workflow.Queries;

/// <summary>How the query use cases word their refusals, and the one rule for the text of a step.</summary>
internal static class QueryWords
{
    /// <summary>The longest text a step keeps.</summary>
    public const int MaximumTextLength = 4000;

    /// <summary>
    /// Null with the text trimmed when it may be kept — not blank, at most <see cref="MaximumTextLength"/>
    /// characters, the format's text rule (no control character…) — else the refusal saying what to fix.
    /// </summary>
    public static Refusal? TextProblem(string? text, out string trimmed)
    {
        trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
            return Invalid("a query step needs a text: the question, the answer or the resolution");
        if (trimmed.Length > MaximumTextLength)
            return Invalid(string.Create(CultureInfo.InvariantCulture,
                $"the text has {trimmed.Length} characters; at most {MaximumTextLength} are kept"));
        return FieldRules.TryText(trimmed, out var issue) ? null : Invalid($"the text: {issue.Message}. Fix: {issue.Hint}");
    }

    private static Refusal Invalid(string message) => Refusal.Invalid(message, new FieldProblem("text", message));

    public static string Verb(QueryAction action) => action switch
    {
        QueryAction.Answer => "answer",
        QueryAction.ProposeResolution => "propose the resolution of",
        QueryAction.Close => "close",
        QueryAction.Reopen => "re-open",
        _ => "raise",
    };

    public static string Past(QueryAction action) => action switch
    {
        QueryAction.Answer => "answered",
        QueryAction.ProposeResolution => "given a proposed resolution",
        QueryAction.Close => "closed",
        QueryAction.Reopen => "re-opened",
        _ => "raised",
    };

    public static string Word(QueryStatus status) => status switch
    {
        QueryStatus.Open => "open",
        QueryStatus.Answered => "answered",
        QueryStatus.ResolutionProposed => "resolution proposed",
        _ => "closed",
    };
}
