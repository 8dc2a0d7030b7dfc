namespace Lutetia.Workflow.Patients;

/// <summary>One stored row of a form as it was opened: its key (the insertion sequence as text), its version and its cells as text.</summary>
public sealed record OpenedRow(string Key, int Version, IReadOnlyDictionary<string, string> Cells);
