namespace Lutetia.Workflow.Records;

/// <summary>
/// What the dashboard is asked to show (its query string): a part of a patient identifier, a centre,
/// a state (patients with at least one form in it), the column to sort on (<c>patient</c>,
/// <c>centre</c> or a form's code such as <c>cycles</c>; by centre then as entered when none) and
/// the page, from 1.
/// </summary>
public sealed record StatusFilter(string? Search = null, string? Centre = null, RecordState? State = null,
    string? Sort = null, bool Descending = false, int Page = 1)
{
    /// <summary>Patients per page: a page stays small and fast whatever the study's size.</summary>
    public const int PageSize = 50;
}
