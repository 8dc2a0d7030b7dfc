using Lutetia.Intake;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// A form of one patient as the database holds it now, for the account that opened it: the columns
/// it shows, those that cannot change on a stored row (the keys, and a patient's centre), the stored
/// rows, whether a row may be added, and whether the account may change it.
/// </summary>
public sealed record OpenedForm(
    CrfForm Form,
    string PatientId,
    IReadOnlyList<FieldSpec> Columns,
    IReadOnlySet<string> KeyColumns,
    IReadOnlyList<OpenedRow> Rows,
    bool CanWrite)
{
    /// <summary>The table's name in the cohort format.</summary>
    public string TableName => Form.Table.Name;

    /// <summary>The key column whose values are proposed for new rows (<c>cycle</c>, <c>lesion_id</c>, <c>read_id</c>), or null.</summary>
    public string? ProposedColumn { get; init; }

    /// <summary>The next free keys, in order, for the new rows shown (the save decides again: <see cref="SaveForm"/>).</summary>
    public IReadOnlyList<string> Proposed { get; init; } = [];
}
