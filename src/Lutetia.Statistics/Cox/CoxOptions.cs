namespace Lutetia.Statistics.Cox;

/// <summary>
/// R's coxph.control defaults: at most 20 Newton–Raphson iterations, stop when
/// |1 − ll_old / ll_new| ≤ 1e-9, pivots below ε^¾ × the largest diagonal are zero.
/// </summary>
public sealed record CoxOptions(
    CoxTies Ties = CoxTies.Efron,
    int MaxIterations = 20,
    double Eps = 1e-9,
    double TolerChol = 1.8189894035458565e-12)
{
    /// <summary>R's toler.inf = √eps: the relative one-step change that flags an infinite coefficient.</summary>
    public double TolerInf => Math.Sqrt(Eps);

    public static CoxOptions Default { get; } = new();
}
