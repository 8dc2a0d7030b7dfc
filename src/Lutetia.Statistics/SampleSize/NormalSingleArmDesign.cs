namespace Lutetia.Statistics.SampleSize;

/// <summary>
/// A single-arm design by the normal approximation to the binomial (A'Hern 2001, Stat Med 20:859,
/// eq. 1; Fleiss, Levin &amp; Paik 2003, §2.5).
/// </summary>
/// <param name="Assumptions">The rates, alpha, power and sides the design was computed for.</param>
/// <param name="UnroundedN">
/// [z_(1−α/s) √(p0(1−p0)) + z_power √(p1(1−p1))]² / (p1 − p0)², s the number of sides.
/// </param>
/// <param name="N">The unrounded size rounded up to a whole patient.</param>
public sealed record NormalSingleArmDesign(SingleArmAssumptions Assumptions, double UnroundedN, int N);
