using Lutetia.Domain;

namespace Lutetia.Storage.Workflow;

/// <summary>What one reader recorded of one lesion at one exam: a diameter in mm (the short axis of a node), too small to measure, or a non-target status.</summary>
public sealed record LesionReading(string LesionId, decimal? DiameterMm, bool? TooSmallToMeasure, NonTargetStatus? NonTargetStatus);
