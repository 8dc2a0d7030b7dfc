namespace Lutetia.Workflow.Centres;

/// <summary>One row of the coordinator's centres page: the centre's identifier, its display name and how many patients it has.</summary>
public sealed record CenterSummary(string CenterId, string Name, int Patients);
