using System.Globalization;
using System.Runtime.CompilerServices;
using Lutetia.Statistics.Survival;

namespace Lutetia.Statistics.Cox;

/// <summary>
/// Subjects sorted once by stratum then time, covariates centred (the likelihood does not change;
/// exp(η) stays in range), row-major n×p, ready for the backward risk-set passes.
/// </summary>
internal sealed class CoxData
{
    private CoxData(double[] time, int[] status, double[] x, int[] strataStart, int p, string[] names)
    {
        Time = time;
        Status = status;
        X = x;
        StrataStart = strataStart;
        P = p;
        Names = names;
    }

    public double[] Time { get; }
    public int[] Status { get; }

    /// <summary>Centred covariates, subject-major: X[i * P + k].</summary>
    public double[] X { get; }

    /// <summary>Stratum s occupies [StrataStart[s], StrataStart[s + 1]).</summary>
    public int[] StrataStart { get; }

    public int P { get; }
    public string[] Names { get; }
    public int N => Time.Length;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CoxData Of(ReadOnlySpan<double> time, ReadOnlySpan<int> status, IReadOnlyList<CoxCovariate> covariates, ReadOnlySpan<string> strata)
    {
        Require.CheckTimesAndEvents(time, status);
        ArgumentNullException.ThrowIfNull(covariates);
        if (covariates.Count == 0) throw new ArgumentException("A Cox model needs at least one covariate.", nameof(covariates));
        int n = time.Length, p = covariates.Count;
        var names = new string[p];
        for (int k = 0; k < p; k++)
        {
            var c = covariates[k] ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"covariates[{k}] is null."), nameof(covariates));
            if (string.IsNullOrEmpty(c.Name)) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"covariates[{k}] has no name."), nameof(covariates));
            if (Array.IndexOf(names, c.Name, 0, k) >= 0) throw new ArgumentException($"Two covariates are named '{c.Name}'.", nameof(covariates));
            names[k] = c.Name;
            Require.CheckLength(n, c.Values?.Length ?? 0, $"covariate '{c.Name}'");
            for (int i = 0; i < n; i++)
            {
                double v = c.Values![i];
                if (double.IsNaN(v) || double.IsInfinity(v))
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                        $"covariate '{c.Name}'[{i}] is {v}: covariates must be finite numbers (drop missing values first)."), nameof(covariates));
            }
        }
        var coding = GroupCoding.Of(strata, n, nameof(strata));
        var sorted = SortedByGroupAndTime.Of(time, status, coding.Codes, coding.Levels.Length);
        var x = new double[n * p];
        for (int k = 0; k < p; k++)
        {
            double[] v = covariates[k].Values;
            double mean = 0;
            for (int i = 0; i < n; i++) mean += v[i];
            mean /= n;
            for (int r = 0; r < n; r++) x[r * p + k] = v[sorted.Index[r]] - mean;
        }
        return new CoxData(sorted.Time, sorted.Status, x, sorted.GroupStart, p, names);
    }
}
