namespace Lutetia.Workflow.Patients;

/// <summary>
/// One stored row of a form as it was opened: its key in the form (the insertion sequence as text),
/// its version, its cells as text, and the record's key as the audit trail, queries and data-quality
/// issues name it (<see cref="Lutetia.Storage.CohortRow.AuditKey"/>: <c>P1/2</c>).
/// </summary>
public sealed record OpenedRow(string Key, int Version, IReadOnlyDictionary<string, string> Cells, string Record);
