namespace Lutetia.Intake;

/// <summary>A value read from a table, with the row it came from (for the cross-file rules' messages).</summary>
internal readonly record struct Parsed<T>(T Value, int Row);
