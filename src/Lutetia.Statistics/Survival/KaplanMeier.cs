using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lutetia.Statistics.Distributions;

namespace Lutetia.Statistics.Survival;

/// <summary>
/// The Kaplan–Meier product-limit estimator with ties (Kaplan &amp; Meier 1958), Greenwood's
/// variance, and R survival's confidence bands: survfit(Surv(time, status) ~ group).
/// </summary>
public static class KaplanMeier
{
    /// <summary>One curve over all subjects (group label "").</summary>
    public static KaplanMeierCurve Fit(ReadOnlySpan<double> time, ReadOnlySpan<int> status, KaplanMeierOptions? options = null) =>
        FitByGroup(time, status, default, options).Curves[0];

    /// <summary>A curve per group label, groups in R's factor-level order; an empty group span means one group "".</summary>
    public static KaplanMeierFit FitByGroup(ReadOnlySpan<double> time, ReadOnlySpan<int> status, ReadOnlySpan<string> group, KaplanMeierOptions? options = null)
    {
        options ??= KaplanMeierOptions.Default;
        Require.CheckTimesAndEvents(time, status);
        var coding = GroupCoding.Of(group, time.Length, nameof(group));
        var sorted = SortedByGroupAndTime.Of(time, status, coding.Codes, coding.Levels.Length);
        double z = StandardNormal.TwoSidedZ(options.ConfLevel);
        var curves = ImmutableArray.CreateBuilder<KaplanMeierCurve>(coding.Levels.Length);
        for (int g = 0; g < coding.Levels.Length; g++)
        {
            int start = sorted.GroupStart[g], end = sorted.GroupStart[g + 1];
            curves.Add(Curve(coding.Levels[g], sorted.Time.AsSpan(start, end - start), sorted.Status.AsSpan(start, end - start), options, z));
        }
        return new KaplanMeierFit(curves.MoveToImmutable());
    }

    /// <summary>The curve of one group from its times sorted increasingly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static KaplanMeierCurve Curve(string label, ReadOnlySpan<double> time, ReadOnlySpan<int> status, KaplanMeierOptions options, double z)
    {
        int n = time.Length;
        int rows = 0;
        for (int i = 0; i < n; i++)
        {
            if (i == 0 || time[i] != time[i - 1]) rows++;
        }
        var t = new double[rows];
        var nRisk = new int[rows];
        var nEvent = new int[rows];
        var nCensor = new int[rows];
        var surv = new double[rows];
        var se = new double[rows];
        var lower = new double[rows];
        var upper = new double[rows];
        double s = 1, greenwood = 0;
        int events = 0, r = 0;
        for (int i = 0; i < n;)
        {
            int j = i, d = 0;
            while (j < n && time[j] == time[i]) d += status[j++];
            int atRisk = n - i;
            if (d > 0)
            {
                s *= (atRisk - d) / (double)atRisk;
                greenwood += atRisk == d ? double.PositiveInfinity : d / ((double)atRisk * (atRisk - d));
            }
            double seLog = Math.Sqrt(greenwood);
            t[r] = time[i];
            nRisk[r] = atRisk;
            nEvent[r] = d;
            nCensor[r] = j - i - d;
            surv[r] = s;
            se[r] = s == 0 ? double.NaN : s * seLog;
            (lower[r], upper[r]) = ConfidenceBands.Limits(s, seLog, z, options.ConfType);
            events += d;
            r++;
            i = j;
        }
        return new KaplanMeierCurve
        {
            Group = label,
            N = n,
            Events = events,
            ConfType = options.ConfType,
            ConfLevel = options.ConfLevel,
            Time = ImmutableCollectionsMarshal.AsImmutableArray(t),
            NRisk = ImmutableCollectionsMarshal.AsImmutableArray(nRisk),
            NEvent = ImmutableCollectionsMarshal.AsImmutableArray(nEvent),
            NCensor = ImmutableCollectionsMarshal.AsImmutableArray(nCensor),
            Survival = ImmutableCollectionsMarshal.AsImmutableArray(surv),
            StdErr = ImmutableCollectionsMarshal.AsImmutableArray(se),
            Lower = ImmutableCollectionsMarshal.AsImmutableArray(lower),
            Upper = ImmutableCollectionsMarshal.AsImmutableArray(upper),
        };
    }
}
