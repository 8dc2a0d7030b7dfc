using Lutetia.Workflow.Records;

namespace Lutetia.Web.Forms;

/// <summary>
/// A record state as the dashboard writes it: a word and a symbol (so that no state is told by its
/// colour alone), the code of its query string and CSS class, and the path of a form's page.
/// </summary>
public static class StateText
{
    public static string Word(RecordState state) => state switch
    {
        RecordState.Locked => "locked",
        RecordState.OpenQuery => "open query",
        RecordState.Issues => "issues",
        RecordState.Empty => "empty",
        RecordState.Incomplete => "incomplete",
        _ => "complete",
    };

    /// <summary>A symbol drawn before the word (hidden from screen readers, which read the word).</summary>
    public static string Symbol(RecordState state) => state switch
    {
        RecordState.Locked => "■",
        RecordState.OpenQuery => "?",
        RecordState.Issues => "!",
        RecordState.Empty => "○",
        RecordState.Incomplete => "◐",
        _ => "✓",
    };

    public static string Code(RecordState state) => state switch
    {
        RecordState.OpenQuery => "query",
        _ => Word(state),
    };

    /// <summary>The state a query-string code names, or null.</summary>
    public static RecordState? Parse(string? code) =>
        Enum.GetValues<RecordState>().Cast<RecordState?>().FirstOrDefault(s => string.Equals(Code(s!.Value), code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The page of a patient where <paramref name="form"/> is entered (the patient's tabs).</summary>
    public static string FormPath(string patientId, RecordForm form) => form switch
    {
        RecordForm.Patient => $"/patients/{patientId}",
        RecordForm.Cycles => $"/patients/{patientId}/cycles",
        RecordForm.Imaging => $"/patients/{patientId}/imaging",
        RecordForm.Clinical => $"/patients/{patientId}/clinical",
        _ => $"/patients/{patientId}/follow-up",
    };
}
