namespace Lutetia.Statistics.Survival;

/// <summary>How a Kaplan–Meier curve's confidence band is made (R's defaults).</summary>
public sealed record KaplanMeierOptions(ConfidenceType ConfType = ConfidenceType.Log, double ConfLevel = 0.95)
{
    /// <summary>R's survfit defaults: log transformation, 95 %.</summary>
    public static KaplanMeierOptions Default { get; } = new();
}
