using Lutetia.Workflow.DataQuality;

namespace Lutetia.Web.Forms;

/// <summary>
/// What a form shows of its patient's open issues (docs/web.md, "Edit checks at save"): the issues
/// (<see cref="RecordIssues"/>: the whole rule set's verdict after the last save), and each issue's
/// message beside its field when the field is on this form. A field's own refusal message, when the
/// save was refused, keeps its place.
/// </summary>
public static class RecordOutcome
{
    public static async Task<IReadOnlyList<PlacedIssue>> ReadAsync(RecordIssues issues, Account account, string patientId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(issues);
        if (string.IsNullOrEmpty(patientId))
            return [];
        var found = await issues.RunAsync(account, patientId, cancellation).ConfigureAwait(false);
        // A refusal shows nothing here: the form itself says what the account may not see.
        return found.TryGetValue(out var placed) ? placed : [];
    }

    /// <summary>Each issue's message beside its field, when the field is on <paramref name="form"/>.</summary>
    public static void Mark(TableForm form, IReadOnlyList<PlacedIssue> placed)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(placed);
        var columns = form.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var issue in placed)
        {
            if (issue.Issue.Table == form.Name && issue is { Row: { } row, Issue.Field: { } field }
                && columns.Contains(field) && form.Rows.Contains(row))
                form.Issues.TryAdd(TableForm.Cell(row, field), IssueLinks.Message(issue));
        }
    }
}
