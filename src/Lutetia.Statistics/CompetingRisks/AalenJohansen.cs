using System.Runtime.CompilerServices;
namespace Lutetia.Statistics.CompetingRisks;

/// <summary>
/// The Aalen–Johansen cumulative incidence of one cause and its variance, as cmprsk's cinc
/// computes them (Gray's delta-method variance), on one group's times sorted increasingly.
/// </summary>
internal static class AalenJohansen
{
    /// <summary>cause[i]: 0 censored, 1 the cause of interest, 2 another cause.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double[] Time, double[] Estimate, double[] Variance) Curve(ReadOnlySpan<double> time, ReadOnlySpan<int> cause)
    {
        int n = time.Length;
        var x = new List<double> { 0 };
        var f = new List<double> { 0 };
        var v = new List<double> { 0 };
        double fk = 1, v1 = 0, v2 = 0, v3 = 0;
        for (int i = 0; i < n;)
        {
            int j = i, nd1 = 0, nd2 = 0;
            for (; j < n && time[j] == time[i]; j++)
            {
                if (cause[j] == 1) nd1++;
                else if (cause[j] == 2) nd2++;
            }
            double rs = n - i;
            i = j;
            if (nd1 + nd2 == 0) continue;
            double fkn = fk * (rs - nd1 - nd2) / rs;
            double current = f[^1];
            if (nd1 > 0)
            {
                x.Add(time[j - 1]);
                f.Add(current);
                v.Add(v[^1]);
                current += fk * nd1 / rs;
                f.Add(current);
            }
            if (nd2 > 0 && fkn > 0)
            {
                double t6 = fk * fk * TieFactor(nd2, rs) * nd2 / (rs * rs);
                double t3 = 1 / fkn, t4 = current / fkn;
                v1 += t4 * t4 * t6;
                v2 += t3 * t4 * t6;
                v3 += t3 * t3 * t6;
            }
            if (nd1 > 0)
            {
                double t6 = fk * fk * TieFactor(nd1, rs) * nd1 / (rs * rs);
                double t3 = fkn > 0 ? 1 / fkn : 0;
                double t4 = 1 + t3 * current;
                v1 += t4 * t4 * t6;
                v2 += t3 * t4 * t6;
                v3 += t3 * t3 * t6;
                x.Add(time[j - 1]);
                v.Add(v1 + current * current * v3 - 2 * current * v2);
            }
            fk = fkn;
        }
        x.Add(time[n - 1]);
        f.Add(f[^1]);
        v.Add(v[^1]);
        return ([.. x], [.. f], [.. v]);
    }

    /// <summary>The correction for d tied events among r at risk: 1 − (d − 1)/(r − 1).</summary>
    private static double TieFactor(int d, double rs) => d > 1 ? 1 - (d - 1.0) / (rs - 1.0) : 1;
}
