namespace Lutetia.Storage.Workflow;

/// <summary>
/// field_queries: a question about one field of one record of a patient (key: patient, number).
/// Written once and never updated nor deleted (the database refuses both); its status is its last
/// step in <see cref="FieldQueryStepRow"/>.
/// </summary>
public sealed class FieldQueryRow
{
    public string PatientId { get; set; } = "";

    /// <summary>1, 2, … within the patient.</summary>
    public int Number { get; set; }

    /// <summary>The patient's centre when the query was raised: the per-centre list.</summary>
    public string CenterId { get; set; } = "";

    /// <summary>The table of the record, as the audit trail names it: <c>reads</c>.</summary>
    public string Entity { get; set; } = "";

    /// <summary>The record's key, as the audit trail names it: <c>R12</c>, <c>P1/L2</c>.</summary>
    public string EntityKey { get; set; } = "";

    /// <summary>The column queried: <c>exam_date</c>.</summary>
    public string Field { get; set; } = "";

    public string RaisedBy { get; set; } = "";
    public DateTime RaisedAtUtc { get; set; }
}
