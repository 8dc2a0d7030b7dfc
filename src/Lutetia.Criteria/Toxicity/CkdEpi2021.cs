namespace Lutetia.Criteria.Toxicity;

/// <summary>
/// Estimated GFR by the race-free CKD-EPI 2021 creatinine equation (Inker et al., N Engl J Med
/// 2021;385:1737): eGFR = 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^−1.200 × 0.9938^age × 1.012 [female],
/// κ = 0.7 (female) or 0.9 (male), α = −0.241 (female) or −0.302 (male), Scr in mg/dL, in
/// mL/min/1.73 m². The powers are computed in double (there is no decimal power); the result is
/// rounded to 0.1 mL/min/1.73 m², as the equation's calculators report it.
/// </summary>
public static class CkdEpi2021
{
    /// <summary>
    /// Why the equation cannot be applied to these values (a creatinine at or below 0, an age under 18:
    /// the equation is for adults), or null when it can. Callers holding recorded data ask this first and
    /// turn the answer into a located <see cref="DataRefusal"/>; <see cref="Egfr"/> treats such values as a bug.
    /// </summary>
    public static string? Outside(decimal creatinineMgDl, decimal ageYears) =>
        creatinineMgDl <= 0 ? "a creatinine must be above 0 mg/dL for an eGFR"
        : ageYears < 18 ? "CKD-EPI 2021 is an adult equation (18 years or older): no eGFR is computed for a younger patient"
        : null;

    /// <summary>The eGFR for a creatinine in mg/dL, an age in years and the sex at birth, or null with <paramref name="refusal"/> saying why not.</summary>
    public static decimal? TryEgfr(decimal creatinineMgDl, decimal ageYears, bool female, out string? refusal)
    {
        refusal = Outside(creatinineMgDl, ageYears);
        return refusal is null ? Egfr(creatinineMgDl, ageYears, female) : null;
    }

    /// <summary>The eGFR for a creatinine in mg/dL, an age in years and the sex at birth (values outside the equation are a caller's bug: see <see cref="TryEgfr"/>).</summary>
    public static decimal Egfr(decimal creatinineMgDl, decimal ageYears, bool female)
    {
        if (Outside(creatinineMgDl, ageYears) is { } why)
            throw new ArgumentOutOfRangeException(creatinineMgDl <= 0 ? nameof(creatinineMgDl) : nameof(ageYears), why);
        var kappa = female ? 0.7 : 0.9;
        var alpha = female ? -0.241 : -0.302;
        var ratio = (double)creatinineMgDl / kappa;
        var egfr = 142.0 * Math.Pow(Math.Min(ratio, 1.0), alpha) * Math.Pow(Math.Max(ratio, 1.0), -1.200)
            * Math.Pow(0.9938, (double)ageYears) * (female ? 1.012 : 1.0);
        return Math.Round((decimal)egfr, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>The change of eGFR from baseline, in mL/min/1.73 m² and in percent of the baseline.</summary>
    public static EgfrChange Change(decimal baseline, decimal followUp)
    {
        if (baseline <= 0)
            throw new ArgumentOutOfRangeException(nameof(baseline), "A baseline eGFR must be above 0.");
        return new EgfrChange(baseline, followUp, followUp - baseline, (followUp - baseline) / baseline * 100m);
    }
}
