using Lutetia.Domain;

namespace Lutetia.Storage.Workflow;

/// <summary>A lesion the central reader is asked to measure: what it is, never what the local reader measured.</summary>
public sealed record ReviewLesion(string LesionId, LesionSite Site, bool Nodal, bool MesentericMass, LesionRole Role);
