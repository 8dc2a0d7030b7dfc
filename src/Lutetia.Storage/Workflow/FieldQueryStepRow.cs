namespace Lutetia.Storage.Workflow;

/// <summary>
/// field_query_steps: one step of a query's history — who, when, what and the text (key: patient,
/// query number, step). Append-only: the database refuses updates and deletes. Two people acting
/// on one query at once both write step n + 1: the second is refused by the key.
/// </summary>
public sealed class FieldQueryStepRow
{
    public string PatientId { get; set; } = "";
    public int QueryNumber { get; set; }

    /// <summary>1 for the raising, then 2, 3, …</summary>
    public int Step { get; set; }

    public QueryAction Action { get; set; }

    /// <summary>The query's status after this step.</summary>
    public QueryStatus Status { get; set; }

    public string By { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public string Text { get; set; } = "";
}
