namespace Lutetia.Criteria.Metabolic;

/// <summary>The liver reference region of one PET read (PERCIST 1.0): mean SUL and its standard deviation.</summary>
public sealed record PercistLiver(decimal MeanSul, decimal SdSul);
