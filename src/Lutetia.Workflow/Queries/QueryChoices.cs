namespace Lutetia.Workflow.Queries;

/// <summary>What the form raising a query offers: the patient's records, and the field names of their tables.</summary>
public sealed record QueryChoices(IReadOnlyList<QueryTarget> Records, IReadOnlyList<string> Fields);
