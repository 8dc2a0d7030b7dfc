namespace Lutetia.Intake.SubjectTables;

/// <summary>A column a command reads, how, and the option that named it (for messages).</summary>
public sealed record ColumnRequest(string Name, ColumnKind Kind, string Option);
