namespace Lutetia.Statistics.SampleSize;

/// <summary>
/// An exact single-arm binomial design (A'Hern 2001, Stat Med 20:859): enrol <see cref="N"/>
/// patients and reject the null hypothesis when the number of responders is at least (or at
/// most, see <see cref="Rejection"/>) <see cref="Threshold"/>.
/// </summary>
/// <param name="Assumptions">The rates, alpha, power and sides the design was computed for.</param>
/// <param name="N">The smallest number of patients for which a threshold meets both alpha and power.</param>
/// <param name="Threshold">The responder count at the edge of the rejection region (included in it).</param>
/// <param name="Rejection">Whether counts at least or at most the threshold reject.</param>
/// <param name="ActualAlpha">
/// The probability of the rejection region under P0; for a two-sided design, twice it (the size of
/// the equal-tailed test, compared with the total alpha).
/// </param>
/// <param name="ActualPower">The probability of the rejection region under P1.</param>
public sealed record ExactSingleArmDesign(
    SingleArmAssumptions Assumptions,
    int N,
    int Threshold,
    RejectionRegion Rejection,
    double ActualAlpha,
    double ActualPower);
