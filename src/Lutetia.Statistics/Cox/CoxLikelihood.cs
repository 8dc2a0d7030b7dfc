using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
namespace Lutetia.Statistics.Cox;

/// <summary>
/// The log partial likelihood, its gradient and information matrix at β, by one backward pass
/// over each stratum's sorted times accumulating the risk-set sums (O(n p²)); Efron's or
/// Breslow's handling of ties (Therneau &amp; Grambsch 2000, §3.3; survival's coxfit6).
/// </summary>
internal sealed class CoxLikelihood(CoxData data, CoxTies ties)
{
    private readonly int _p = data.P;
    private readonly double[] _eta = new double[data.N];
    private readonly double[] _risk = new double[data.N];
    private readonly double[] _a = new double[data.P];
    private readonly double[] _a2 = new double[data.P];
    private readonly double[] _c = new double[data.P * data.P];
    private readonly double[] _c2 = new double[data.P * data.P];

    /// <summary>Fills u (gradient) and imat (information, row-major) and returns the log-likelihood.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Evaluate(ReadOnlySpan<double> beta, Span<double> u, Span<double> imat)
    {
        int p = _p, n = data.N;
        double[] x = data.X;
        for (int i = 0; i < n; i++)
        {
            double e = 0;
            for (int k = 0; k < p; k++) e += x[i * p + k] * beta[k];
            _eta[i] = e;
        }
        Exponentiate(_eta, _risk);
        u.Clear();
        imat.Clear();
        double loglik = 0;
        for (int s = 0; s + 1 < data.StrataStart.Length; s++)
            loglik += Stratum(data.StrataStart[s], data.StrataStart[s + 1], u, imat);
        // Only the lower triangle was accumulated.
        for (int k = 0; k < p; k++)
        {
            for (int l = 0; l < k; l++) imat[l * p + k] = imat[k * p + l];
        }
        return loglik;
    }

    /// <summary>risk = exp(η), four at a time where the hardware allows (within an ulp of Math.Exp).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Exponentiate(double[] eta, double[] risk)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<double>.Count <= eta.Length; i += Vector256<double>.Count)
                Vector256.Exp(Vector256.Create(eta, i)).CopyTo(risk, i);
        }
        for (; i < eta.Length; i++) risk[i] = Math.Exp(eta[i]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Stratum(int start, int end, Span<double> u, Span<double> imat)
    {
        int p = _p;
        double[] x = data.X, time = data.Time, eta = _eta, riskScore = _risk, a = _a, a2 = _a2, c = _c, c2 = _c2;
        int[] status = data.Status;
        Array.Clear(a);
        Array.Clear(c);
        double denom = 0, loglik = 0;
        for (int i = end - 1; i >= start;)
        {
            double t = time[i];
            double denom2 = 0;
            int deaths = 0;
            for (; i >= start && time[i] == t; i--)
            {
                double risk = riskScore[i];
                var xi = x.AsSpan(i * p, p);
                denom += risk;
                for (int k = 0; k < xi.Length; k++)
                {
                    double rx = risk * xi[k];
                    a[k] += rx;
                    for (int l = 0; l <= k; l++) c[k * p + l] += rx * xi[l];
                }
                if (status[i] == 0) continue;
                if (deaths == 0)
                {
                    Array.Clear(a2);
                    Array.Clear(c2);
                }
                deaths++;
                denom2 += risk;
                loglik += eta[i];
                for (int k = 0; k < xi.Length; k++)
                {
                    double rx = risk * xi[k];
                    u[k] += xi[k];
                    a2[k] += rx;
                    for (int l = 0; l <= k; l++) c2[k * p + l] += rx * xi[l];
                }
            }
            if (deaths == 0) continue;
            if (ties == CoxTies.Breslow || deaths == 1)
            {
                loglik -= deaths * Math.Log(denom);
                double inv = 1 / denom;
                for (int k = 0; k < p; k++)
                {
                    double mk = a[k] * inv;
                    u[k] -= deaths * mk;
                    for (int l = 0; l <= k; l++) imat[k * p + l] += deaths * (c[k * p + l] - mk * a[l]) * inv;
                }
                continue;
            }
            // Efron: the k-th of d tied deaths sees the risk set minus k/d of the dying set.
            for (int j = 0; j < deaths; j++)
            {
                double f = j / (double)deaths;
                double d2 = denom - f * denom2;
                double inv = 1 / d2;
                loglik -= Math.Log(d2);
                for (int k = 0; k < p; k++)
                {
                    double mk = (a[k] - f * a2[k]) * inv;
                    u[k] -= mk;
                    for (int l = 0; l <= k; l++)
                        imat[k * p + l] += ((c[k * p + l] - f * c2[k * p + l]) - mk * (a[l] - f * a2[l])) * inv;
                }
            }
        }
        return loglik;
    }
}
