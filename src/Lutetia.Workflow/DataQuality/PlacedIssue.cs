namespace Lutetia.Workflow.DataQuality;

/// <summary>
/// An open issue of a patient placed on the form that shows its field: the form's name
/// (<see cref="Patients.CrfForm.Name"/>, or <c>measurements</c> for the lesion grid of a read), the
/// row as the form keys it (its insertion sequence, <see cref="Patients.FormRows.Key"/>), and for a
/// measurement its read (the grid's page). Null where the issue names no stored row (a row deleted
/// since, or a problem of the whole patient).
/// </summary>
public sealed record PlacedIssue(DataQualityIssue Issue, string? Form, string? Row, string? ReadId)
{
    /// <summary>Whether the issue is an error (a problem to resolve) rather than a warning to review.</summary>
    public bool IsError => Issue.Severity == Intake.Severity.Error;
}
