namespace Lutetia.Statistics.Cox;

/// <summary>A numeric covariate column: one value per subject (0/1 for a binary factor level).</summary>
public sealed record CoxCovariate(string Name, double[] Values);
