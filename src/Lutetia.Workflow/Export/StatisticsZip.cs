namespace Lutetia.Workflow.Export;

/// <summary>A statistics export as the bytes of its zip, and the centre it holds (null: the whole cohort), as the server decided it.</summary>
public sealed record StatisticsZip(string? Center, byte[] Bytes);
