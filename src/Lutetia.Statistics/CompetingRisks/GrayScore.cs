using System.Runtime.CompilerServices;
namespace Lutetia.Statistics.CompetingRisks;

/// <summary>
/// Gray's (1988) score for comparing the cumulative incidence of one cause among k groups and
/// its variance, accumulated over strata, as cmprsk's crstm/crst compute them: the score of the
/// first k − 1 groups (s) and its (k − 1)² covariance (v), weighted by (1 − F(t−))^rho.
/// </summary>
internal sealed class GrayScore
{
    private readonly int _k;
    private readonly int _k1;

    public GrayScore(int groups)
    {
        _k = groups;
        _k1 = groups - 1;
        S = new double[_k1];
        V = new double[_k1 * _k1];
    }

    public double[] S { get; }
    public double[] V { get; }

    /// <summary>Adds one stratum, times increasing; cause 0 censored, 1 of interest, 2 other; group 0..k−1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddStratum(ReadOnlySpan<double> time, ReadOnlySpan<int> cause, ReadOnlySpan<int> group, double rho)
    {
        int k = _k, k1 = _k1, n = time.Length;
        var rs = new int[k];
        foreach (int g in group) rs[g]++;
        var f1m = new double[k];
        var f1 = new double[k];
        var skmm = new double[k];
        var skm = new double[k];
        var v3 = new double[k];
        var v2 = new double[k1 * k];
        var c = new double[k * k];
        var a = new double[k * k];
        var d = new int[3 * k];
        var s = new double[k1];
        var v = new double[k1 * k1];
        Array.Fill(skmm, 1);
        Array.Fill(skm, 1);
        double fm = 0, f = 0;
        for (int ll = 0; ll < n;)
        {
            int lu = ll;
            while (lu + 1 < n && time[lu + 1] == time[ll]) lu++;
            Array.Clear(d);
            for (int i = ll; i <= lu; i++) d[cause[i] * k + group[i]]++;
            int nd1 = 0, nd2 = 0;
            for (int g = 0; g < k; g++) { nd1 += d[k + g]; nd2 += d[2 * k + g]; }
            if (nd1 > 0 || nd2 > 0)
            {
                double tr = 0, tq = 0;
                for (int g = 0; g < k; g++)
                {
                    if (rs[g] <= 0) continue;
                    int td = d[k + g] + d[2 * k + g];
                    skm[g] = skmm[g] * (rs[g] - td) / rs[g];
                    f1[g] = f1m[g] + skmm[g] * d[k + g] / rs[g];
                    tr += rs[g] / skmm[g];
                    tq += rs[g] * (1 - f1m[g]) / skmm[g];
                }
                f = fm + nd1 / tr;
                double fb = Math.Pow(1 - fm, rho);
                Weights(rs, skmm, tr, fm, fb, nd1, a, c);
                for (int i = 0; i < k1; i++)
                {
                    if (rs[i] > 0) s[i] += fb * (d[k + i] - nd1 * rs[i] * (1 - f1m[i]) / (skmm[i] * tq));
                }
                if (nd1 > 0) CauseVariance(rs, skm, skmm, tr, f, nd1, a, c, v3, v2, v);
                if (nd2 > 0) OtherCauseVariance(rs, skm, skmm, d, f, c, v3, v2, v);
            }
            if (lu >= n - 1) break;
            for (int i = ll; i <= lu; i++) rs[group[i]]--;
            fm = f;
            Array.Copy(f1, f1m, k);
            Array.Copy(skm, skmm, k);
            ll = lu + 1;
        }
        for (int i = 0; i < k1; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double add = 0;
                for (int g = 0; g < k; g++)
                    add += c[i * k + g] * c[j * k + g] * v3[g] + c[i * k + g] * v2[j * k + g] + c[j * k + g] * v2[i * k + g];
                v[i * k1 + j] += add;
            }
            S[i] += s[i];
        }
        for (int i = 0; i < k1; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                V[i * k1 + j] += v[i * k1 + j];
                V[j * k1 + i] = V[i * k1 + j];
            }
        }
    }

    /// <summary>The weight matrix a at this time and its running sum c (crst's loops 66–69).</summary>
    private void Weights(int[] rs, double[] skmm, double tr, double fm, double fb, int nd1, double[] a, double[] c)
    {
        int k = _k;
        for (int i = 0; i < k; i++)
        {
            for (int j = i; j < k; j++) a[i * k + j] = 0;
            if (rs[i] <= 0) continue;
            double t1 = rs[i] / skmm[i];
            a[i * k + i] = fb * t1 * (1 - t1 / tr);
            c[i * k + i] += a[i * k + i] * nd1 / (tr * (1 - fm));
            for (int j = i + 1; j < k; j++)
            {
                if (rs[j] <= 0) continue;
                a[i * k + j] = -fb * t1 * rs[j] / (skmm[j] * tr);
                c[i * k + j] += a[i * k + j] * nd1 / (tr * (1 - fm));
            }
        }
        for (int i = 1; i < k; i++)
        {
            for (int j = 0; j < i; j++)
            {
                a[i * k + j] = a[j * k + i];
                c[i * k + j] = c[j * k + i];
            }
        }
    }

    private void CauseVariance(int[] rs, double[] skm, double[] skmm, double tr, double f, int nd1,
        double[] a, double[] c, double[] v3, double[] v2, double[] v)
    {
        int k = _k, k1 = _k1;
        for (int g = 0; g < k; g++)
        {
            if (rs[g] <= 0) continue;
            double t4 = skm[g] > 0 ? 1 - (1 - f) / skm[g] : 1;
            double t5 = nd1 > 1 ? 1 - (nd1 - 1) / (tr * skmm[g] - 1) : 1;
            double t3 = t5 * skmm[g] * nd1 / (tr * rs[g]);
            v3[g] += t4 * t4 * t3;
            for (int i = 0; i < k1; i++)
            {
                double t1 = a[i * k + g] - t4 * c[i * k + g];
                v2[i * k + g] += t1 * t4 * t3;
                for (int j = 0; j <= i; j++) v[i * k1 + j] += t1 * (a[j * k + g] - t4 * c[j * k + g]) * t3;
            }
        }
    }

    private void OtherCauseVariance(int[] rs, double[] skm, double[] skmm, int[] d, double f,
        double[] c, double[] v3, double[] v2, double[] v)
    {
        int k = _k, k1 = _k1;
        for (int g = 0; g < k; g++)
        {
            int d2 = d[2 * k + g];
            if (skm[g] <= 0 || d2 <= 0) continue;
            double t4 = (1 - f) / skm[g];
            double t5 = d2 > 1 ? 1 - (d2 - 1.0) / (rs[g] - 1.0) : 1;
            double t3 = t5 * skmm[g] * skmm[g] * d2 / ((double)rs[g] * rs[g]);
            v3[g] += t4 * t4 * t3;
            for (int i = 0; i < k1; i++)
            {
                double t1 = t4 * c[i * k + g];
                v2[i * k + g] -= t1 * t4 * t3;
                for (int j = 0; j <= i; j++) v[i * k1 + j] += t1 * t4 * c[j * k + g] * t3;
            }
        }
    }
}
