using Lutetia.Domain;

namespace Lutetia.Workflow.Export;

/// <summary>An export's cohort and the centre it holds (null: the whole cohort), as the server decided it.</summary>
public sealed record CohortExport(string? Center, Cohort Cohort);
