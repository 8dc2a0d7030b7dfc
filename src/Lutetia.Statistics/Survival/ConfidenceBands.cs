namespace Lutetia.Statistics.Survival;

/// <summary>Pointwise Kaplan–Meier limits with R's edge rules (survival's survfit_confint).</summary>
internal static class ConfidenceBands
{
    /// <summary>Limits from S and the SE of −log S (Greenwood); NaN where R gives NA.</summary>
    public static (double Lower, double Upper) Limits(double s, double seLog, double z, ConfidenceType type)
    {
        switch (type)
        {
            case ConfidenceType.Log:
                {
                    if (s == 0) return (double.NaN, double.NaN);
                    double w = z * seLog;
                    return (Math.Exp(Math.Log(s) - w), Math.Min(Math.Exp(Math.Log(s) + w), 1));
                }
            case ConfidenceType.LogLog:
                {
                    if (s == 0 || s == 1) return (double.NaN, double.NaN);
                    double w = z * seLog / Math.Log(s);
                    double ll = Math.Log(-Math.Log(s));
                    return (Math.Exp(-Math.Exp(ll - w)), Math.Exp(-Math.Exp(ll + w)));
                }
            case ConfidenceType.Plain:
                {
                    double w = seLog * s * z;
                    if (double.IsNaN(w)) return (double.NaN, double.NaN);
                    return (Math.Max(s - w, 0), Math.Min(s + w, 1));
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown confidence type.");
        }
    }
}
