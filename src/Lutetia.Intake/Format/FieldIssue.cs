namespace Lutetia.Intake;

/// <summary>Why one value breaks a cell rule, and how to fix it.</summary>
public readonly record struct FieldIssue(string Rule, string Message, string Hint);
