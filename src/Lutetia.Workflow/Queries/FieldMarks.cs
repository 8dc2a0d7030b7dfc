namespace Lutetia.Workflow.Queries;

/// <summary>
/// What a patient's form shows beside its fields about queries: whether the account may raise one
/// (the raise link), each stored row's audit-trail key by its form key (the link names the record
/// as the queries do), and the first query not closed on each cell (the marker), by
/// <see cref="Patients.FormRows.Cell"/> key.
/// </summary>
public sealed record FieldMarks(
    string PatientId,
    string Table,
    bool CanRaise,
    IReadOnlyDictionary<string, string> RecordKeys,
    IReadOnlyDictionary<string, int> OpenQueries)
{
    /// <summary>No link and no marker: for an account that may not see the patient's queries.</summary>
    public static FieldMarks None(string patientId, string table) =>
        new(patientId, table, false, new Dictionary<string, string>(), new Dictionary<string, int>());
}
