namespace Lutetia.Reporting.Figures;

/// <summary>How the survival axis is labelled.</summary>
public enum SurvivalScale
{
    /// <summary>0 to 1.</summary>
    Probability,

    /// <summary>0 to 100 %.</summary>
    Percent,
}
