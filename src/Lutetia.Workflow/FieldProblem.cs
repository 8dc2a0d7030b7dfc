namespace Lutetia.Workflow;

/// <summary>One field's problem: its name as the form knows it, and the message in words with how to fix it.</summary>
public sealed record FieldProblem(string Field, string Message);
