namespace Lutetia.Workflow.Records;

/// <summary>
/// Which form of the record a table's field is entered on: what an issue or a query about
/// (table, field) marks on the dashboard. The patients table is split over three forms as the pages
/// split it: the end of PRRT on the cycles form, the vital status on the follow-up form, the rest on
/// the patient's own form.
/// </summary>
public static class RecordForms
{
    /// <summary>The forms in the dashboard's (and the tabs') order.</summary>
    public static IReadOnlyList<RecordForm> All { get; } = Enum.GetValues<RecordForm>();

    private static readonly HashSet<string> EndOfPrrt = new(StringComparer.Ordinal) { "prrt_stop_reason", "prrt_stop_toxicity" };
    private static readonly HashSet<string> VitalStatus = new(StringComparer.Ordinal) { "last_news_date", "death_date", "death_cause" };

    /// <summary>The form <paramref name="table"/>'s <paramref name="field"/> (null: the row as a whole) is entered on.</summary>
    public static RecordForm Of(string table, string? field) => table switch
    {
        "prrt_cycles" => RecordForm.Cycles,
        "lesions" or "reads" or "measurements" => RecordForm.Imaging,
        "symptoms" or "labs" or "complications" => RecordForm.Clinical,
        "progression" => RecordForm.FollowUp,
        "patients" when field is not null && EndOfPrrt.Contains(field) => RecordForm.Cycles,
        "patients" when field is not null && VitalStatus.Contains(field) => RecordForm.FollowUp,
        _ => RecordForm.Patient,
    };

    /// <summary>The form's name as the patient's tabs spell it.</summary>
    public static string Label(RecordForm form) => form switch
    {
        RecordForm.Patient => "Patient & tumour",
        RecordForm.Cycles => "PRRT cycles",
        RecordForm.Imaging => "Imaging",
        RecordForm.Clinical => "Symptoms, labs, complications",
        _ => "Follow-up",
    };

    /// <summary>The form's short name in a query string (<c>sort=cycles</c>).</summary>
    public static string Code(RecordForm form) => form switch
    {
        RecordForm.FollowUp => "follow-up",
        _ => form.ToString().ToLowerInvariant(),
    };

    /// <summary>The form a query-string name names, or null.</summary>
    public static RecordForm? Parse(string? code) =>
        All.Cast<RecordForm?>().FirstOrDefault(f => string.Equals(Code(f!.Value), code, StringComparison.OrdinalIgnoreCase));
}
