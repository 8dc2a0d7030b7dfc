namespace Lutetia.Domain;

/// <summary>A participating centre (centers.csv).</summary>
public sealed record Center(CenterId Id, string Name);
