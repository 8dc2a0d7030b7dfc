using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lutetia.Domain;
using Lutetia.Statistics.Cox;
using Lutetia.Statistics.Distributions;

namespace Lutetia.Statistics.Survival;

/// <summary>
/// The G-rho family of Harrington &amp; Fleming (1982), R's survdiff: rho = 0 is the log-rank
/// test, rho = 1 the Peto–Peto modification of the Gehan–Wilcoxon test; stratified by summing
/// each stratum's observed, expected and variance.
/// </summary>
public static class LogRank
{
    /// <summary>Compares the groups' survival; strata empty for an unstratified test.</summary>
    public static LogRankResult Test(ReadOnlySpan<double> time, ReadOnlySpan<int> status, ReadOnlySpan<string> group, ReadOnlySpan<string> strata = default, double rho = 0) =>
        TryTest(time, status, group, strata, rho).OrThrow();

    /// <summary>
    /// As <see cref="Test"/>, but data the test is undefined on (a single group, a singular variance
    /// matrix) give a refusal; malformed arguments (lengths, times, events) still throw.
    /// </summary>
    public static Attempt<LogRankResult> TryTest(ReadOnlySpan<double> time, ReadOnlySpan<int> status, ReadOnlySpan<string> group, ReadOnlySpan<string> strata = default, double rho = 0)
    {
        Require.CheckTimesAndEvents(time, status);
        if (group.IsEmpty) throw new ArgumentException("A log-rank test needs a group label per subject.", nameof(group));
        if (double.IsNaN(rho) || rho < 0) throw new ArgumentOutOfRangeException(nameof(rho), rho, "rho must be a number ≥ 0.");
        var groups = GroupCoding.Of(group, time.Length, nameof(group));
        int k = groups.Levels.Length;
        if (k < 2) return new DataProblem("A log-rank test needs at least two groups; there is only one.", nameof(group));
        var strataCoding = GroupCoding.Of(strata, time.Length, nameof(strata));
        var sorted = SortedByGroupAndTime.Of(time, status, strataCoding.Codes, strataCoding.Levels.Length);
        var obs = new double[k];
        var exp = new double[k];
        var variance = new double[k * k];
        var sortedGroup = new int[time.Length];
        for (int i = 0; i < sortedGroup.Length; i++) sortedGroup[i] = groups.Codes[sorted.Index[i]];
        var scratch = new Scratch(k, time.Length);
        for (int s = 0; s < strataCoding.Levels.Length; s++)
        {
            int a = sorted.GroupStart[s], b = sorted.GroupStart[s + 1];
            AddStratum(sorted.Time.AsSpan(a, b - a), sorted.Status.AsSpan(a, b - a), sortedGroup.AsSpan(a, b - a), rho, obs, exp, variance, scratch);
        }
        return ChiSquareOf(obs, exp, variance, k).Map(test => new LogRankResult([.. groups.Levels], ImmutableCollectionsMarshal.AsImmutableArray(obs),
            ImmutableCollectionsMarshal.AsImmutableArray(exp), ImmutableCollectionsMarshal.AsImmutableArray(variance),
            rho, test));
    }

    private sealed class Scratch(int groups, int n)
    {
        public int[] Risk { get; } = new int[groups];
        public double[] Km { get; } = new double[n];
    }

    /// <summary>One stratum, times increasing: a backward pass growing the risk sets (survdiff2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddStratum(ReadOnlySpan<double> time, ReadOnlySpan<int> status, ReadOnlySpan<int> group, double rho,
        double[] obs, double[] exp, double[] variance, Scratch scratch)
    {
        int n = time.Length, k = obs.Length;
        var risk = scratch.Risk;
        Array.Clear(risk);
        var km = scratch.Km;
        if (rho != 0)
        {
            // Left-continuous Kaplan–Meier of the pooled stratum: S(t−), the G-rho weight's base.
            double s = 1;
            for (int i = 0; i < n;)
            {
                int j = i, d = 0;
                while (j < n && time[j] == time[i]) { km[j] = s; d += status[j]; j++; }
                s *= (n - i - d) / (double)(n - i);
                i = j;
            }
        }
        for (int i = n - 1; i >= 0;)
        {
            double w = rho == 0 ? 1 : Math.Pow(km[i], rho);
            int deaths = 0, j = i;
            for (; j >= 0 && time[j] == time[i]; j--)
            {
                risk[group[j]]++;
                deaths += status[j];
                obs[group[j]] += status[j] * w;
            }
            int nRisk = n - (j + 1);
            i = j;
            if (deaths == 0) continue;
            for (int g = 0; g < k; g++) exp[g] += w * deaths * risk[g] / nRisk;
            if (nRisk == 1) continue;
            double w2 = w * w;
            for (int g = 0; g < k; g++)
            {
                double tmp = w2 * deaths * risk[g] * (nRisk - deaths) / (nRisk * (nRisk - 1.0));
                variance[g * k + g] += tmp;
                for (int h = 0; h < k; h++) variance[g * k + h] -= tmp * risk[h] / nRisk;
            }
        }
    }

    /// <summary>(O − E)ᵀ V⁻¹ (O − E) over the groups with E &gt; 0 but the first; df = their count − 1.</summary>
    private static Attempt<ChiSquareTest> ChiSquareOf(double[] obs, double[] exp, double[] variance, int k)
    {
        var used = new List<int>(k);
        for (int g = 0; g < k; g++)
        {
            if (exp[g] > 0) used.Add(g);
        }
        int df = used.Count - 1;
        if (used.Count < 2) return new ChiSquareTest(0, df, 1);
        int m = used.Count - 1;
        var v = new double[m * m];
        var diff = new double[m];
        for (int a = 0; a < m; a++)
        {
            diff[a] = obs[used[a + 1]] - exp[used[a + 1]];
            for (int b = 0; b < m; b++) v[a * m + b] = variance[used[a + 1] * k + used[b + 1]];
        }
        var chol = Cholesky.Decompose(v, m, 1e-14);
        if (chol.Rank < m) return new DataProblem("The log-rank test is undefined: its variance matrix is singular (no event time has two groups at risk with someone surviving it), as R's survdiff fails on it.");
        return ChiSquareTest.Of(chol.InverseQuadraticForm(diff), df);
    }
}
