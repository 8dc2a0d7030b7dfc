namespace Lutetia.Workflow.Queries;

/// <summary>A record a query may be raised on: its table of the cohort format and its audit-trail key (<c>reads</c>, <c>R3</c>).</summary>
public sealed record QueryTarget(string Table, string Key);
