namespace Lutetia.Statistics.Agreement;

/// <summary>
/// Cohen's kappa between two raters, with its large-sample standard errors (Fleiss, Cohen &amp;
/// Everitt 1969, Psychol Bull 72:323). The kappa and everything derived from it are null when
/// kappa is undefined: the expected agreement is 1, as when both raters use a single category.
/// </summary>
/// <param name="Weighting">Unweighted, linear or quadratic.</param>
/// <param name="Pairs">The number of subjects rated by both.</param>
/// <param name="PercentAgreement">Percentage of subjects put in the same category by both (unweighted, 0–100).</param>
/// <param name="ObservedAgreement">p_o = Σ w_ij p_ij, the weighted proportion of agreement.</param>
/// <param name="ExpectedAgreement">p_e = Σ w_ij p_i. p_.j, the agreement expected by chance from the margins.</param>
/// <param name="Kappa">(p_o − p_e) / (1 − p_e).</param>
/// <param name="StandardError">The non-null asymptotic standard error, used for the confidence interval.</param>
/// <param name="Lower">Kappa − z · SE, not below −1.</param>
/// <param name="Upper">Kappa + z · SE, not above 1.</param>
/// <param name="ConfidenceLevel">The two-sided level of [Lower, Upper].</param>
/// <param name="StandardErrorUnderNull">The standard error when the raters are independent, for the test of kappa = 0.</param>
/// <param name="Z">Kappa / StandardErrorUnderNull; null when that is 0.</param>
/// <param name="P">Two-sided p-value of Z against the standard normal; null with Z.</param>
public sealed record KappaResult(
    KappaWeighting Weighting,
    int Pairs,
    double PercentAgreement,
    double ObservedAgreement,
    double ExpectedAgreement,
    double? Kappa,
    double? StandardError,
    double? Lower,
    double? Upper,
    double ConfidenceLevel,
    double? StandardErrorUnderNull,
    double? Z,
    double? P);
