namespace Lutetia.Statistics.Survival;

/// <summary>The transformation of a Kaplan–Meier confidence interval, R's survfit conf.type.</summary>
public enum ConfidenceType
{
    /// <summary>exp(log S ± z·se): R's default; no limits where S = 0, upper capped at 1.</summary>
    Log,

    /// <summary>exp(−exp(log(−log S) ± z·se / log S)): no limits where S is 0 or 1, not capped.</summary>
    LogLog,

    /// <summary>S ± z·S·se: clipped to [0, 1], undefined where S = 0.</summary>
    Plain,
}
