namespace Lutetia.Statistics.Agreement;

/// <summary>
/// How much credit a disagreement between ordered categories i and j earns (Cohen 1968,
/// Psychol Bull 70:213); k is the number of categories.
/// </summary>
public enum KappaWeighting
{
    /// <summary>Cohen's kappa (1960): only exact agreement counts, w = 1 on the diagonal and 0 elsewhere.</summary>
    Unweighted,

    /// <summary>w = 1 − |i − j| / (k − 1) (Cicchetti &amp; Allison 1971).</summary>
    Linear,

    /// <summary>w = 1 − (i − j)² / (k − 1)² (Fleiss &amp; Cohen 1973).</summary>
    Quadratic,
}
