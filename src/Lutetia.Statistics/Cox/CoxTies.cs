namespace Lutetia.Statistics.Cox;

/// <summary>The approximation of the partial likelihood at tied event times (R's coxph ties).</summary>
public enum CoxTies
{
    /// <summary>Efron (1977), R's default.</summary>
    Efron,

    /// <summary>Breslow (1974).</summary>
    Breslow,
}
