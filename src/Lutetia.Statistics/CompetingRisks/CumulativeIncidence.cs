using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Lutetia.Statistics.Cox;
using Lutetia.Statistics.Distributions;
using Lutetia.Statistics.Survival;

namespace Lutetia.Statistics.CompetingRisks;

/// <summary>
/// Competing risks as cmprsk::cuminc: the Aalen–Johansen cumulative incidence of each cause in
/// each group with Gray's variance, and Gray's (1988) test per cause when there are groups.
/// Causes are coded 1, 2, …; 0 is censored. Times are compared exactly, as cuminc (no timefix).
/// </summary>
public static class CumulativeIncidence
{
    /// <summary>Estimates every cause's curve per group; group and strata empty for none.</summary>
    public static CumulativeIncidenceResult Estimate(ReadOnlySpan<double> time, ReadOnlySpan<int> cause, ReadOnlySpan<string> group = default,
        ReadOnlySpan<string> strata = default, double rho = 0, double confLevel = 0.95)
    {
        if (time.Length == 0) throw new ArgumentException("There are no subjects: the input is empty.", nameof(time));
        Require.CheckLength(time.Length, cause.Length, nameof(cause));
        Require.CheckTimes(time, nameof(time));
        var causes = new SortedSet<int>();
        for (int i = 0; i < cause.Length; i++)
        {
            if (cause[i] < 0)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"cause[{i}] is {cause[i]}: a cause must be 0 (censored) or a positive code 1, 2, …"), nameof(cause));
            if (cause[i] > 0) causes.Add(cause[i]);
        }
        if (double.IsNaN(rho) || rho < 0) throw new ArgumentOutOfRangeException(nameof(rho), rho, "rho must be a number ≥ 0.");
        double z = StandardNormal.TwoSidedZ(confLevel);
        var groups = GroupCoding.Of(group, time.Length, nameof(group));
        var strataCoding = GroupCoding.Of(strata, time.Length, nameof(strata));
        int k = groups.Levels.Length;
        var byGroup = SortedByGroupAndTime.Of(time, cause, groups.Codes, k, mergeNearTies: false);
        var byStratum = SortedByGroupAndTime.Of(time, cause, strataCoding.Codes, strataCoding.Levels.Length, mergeNearTies: false);
        var stratumGroup = new int[time.Length];
        for (int i = 0; i < stratumGroup.Length; i++) stratumGroup[i] = groups.Codes[byStratum.Index[i]];
        var coded = new int[time.Length];
        var curves = ImmutableArray.CreateBuilder<CumulativeIncidenceCurve>();
        var tests = ImmutableArray.CreateBuilder<GrayTest>();
        foreach (int c in causes)
        {
            Recode(byGroup.Status, c, coded);
            for (int g = 0; g < k; g++)
            {
                int a = byGroup.GroupStart[g], b = byGroup.GroupStart[g + 1];
                var (t, f, v) = AalenJohansen.Curve(byGroup.Time.AsSpan(a, b - a), coded.AsSpan(a, b - a));
                curves.Add(WithLimits(groups.Levels[g], c, t, f, v, z));
            }
            if (k < 2) continue;
            Recode(byStratum.Status, c, coded);
            var score = new GrayScore(k);
            for (int s = 0; s < strataCoding.Levels.Length; s++)
            {
                int a = byStratum.GroupStart[s], b = byStratum.GroupStart[s + 1];
                score.AddStratum(byStratum.Time.AsSpan(a, b - a), coded.AsSpan(a, b - a), stratumGroup.AsSpan(a, b - a), rho);
            }
            tests.Add(Test(c, score, k - 1));
        }
        return new CumulativeIncidenceResult(curves.ToImmutable(), tests.ToImmutable());
    }

    /// <summary>0 censored, 1 the cause of interest, 2 any other cause.</summary>
    private static void Recode(int[] cause, int of, int[] coded)
    {
        for (int i = 0; i < cause.Length; i++) coded[i] = cause[i] == 0 ? 0 : cause[i] == of ? 1 : 2;
    }

    private static GrayTest Test(int cause, GrayScore score, int df)
    {
        var chol = Cholesky.Decompose(score.V, df, 1e-12);
        if (chol.Rank < df) return new GrayTest(cause, double.NaN, double.NaN, df);
        double stat = chol.InverseQuadraticForm(score.S);
        return new GrayTest(cause, stat, Distributions.ChiSquare.UpperTail(stat, df), df);
    }

    /// <summary>
    /// Pointwise limits on the log(−log) scale: F^exp(±z·√V / (F·|log F|)), the transformation
    /// that keeps them inside (0, 1); NaN where F is 0 or 1.
    /// </summary>
    private static CumulativeIncidenceCurve WithLimits(string group, int cause, double[] t, double[] f, double[] v, double z)
    {
        var lower = new double[f.Length];
        var upper = new double[f.Length];
        for (int i = 0; i < f.Length; i++)
        {
            if (f[i] <= 0 || f[i] >= 1) { lower[i] = upper[i] = double.NaN; continue; }
            double delta = z * Math.Sqrt(v[i]) / (f[i] * Math.Abs(Math.Log(f[i])));
            lower[i] = Math.Pow(f[i], Math.Exp(delta));
            upper[i] = Math.Pow(f[i], Math.Exp(-delta));
        }
        return new CumulativeIncidenceCurve(group, cause, ImmutableCollectionsMarshal.AsImmutableArray(t), ImmutableCollectionsMarshal.AsImmutableArray(f),
            ImmutableCollectionsMarshal.AsImmutableArray(v), ImmutableCollectionsMarshal.AsImmutableArray(lower), ImmutableCollectionsMarshal.AsImmutableArray(upper));
    }
}
