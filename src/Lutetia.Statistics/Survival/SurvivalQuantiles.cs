namespace Lutetia.Statistics.Survival;

/// <summary>
/// The two quantile rules of R's survival 3.x, which differ on flat steps: the median of
/// summary(fit)$table (survmean's minmin) and quantile.survfit (findq).
/// </summary>
internal static class SurvivalQuantiles
{
    /// <summary>√ε, the tolerance R uses for both rules (as all.equal).</summary>
    public static readonly double Tolerance = Math.Sqrt(Math.Pow(2, -52));

    /// <summary>
    /// survmean's median rule on a curve (or a band): the first time where y &lt; 0.5 + tol, NaN
    /// values skipped; on a step within tol of 0.5 that drops later, the midpoint to the next drop.
    /// </summary>
    public static double? Median(ReadOnlySpan<double> time, ReadOnlySpan<double> y)
    {
        int first = -1;
        for (int i = 0; i < y.Length; i++)
        {
            if (!double.IsNaN(y[i]) && y[i] < 0.5 + Tolerance) { first = i; break; }
        }
        if (first < 0) return null;
        double y1 = y[first];
        if (Math.Abs(y1 - 0.5) < Tolerance)
        {
            for (int i = first + 1; i < y.Length; i++)
            {
                if (!double.IsNaN(y[i]) && y[i] < y1) return (time[first] + time[i]) / 2;
            }
        }
        return time[first];
    }

    /// <summary>
    /// quantile.survfit's rule (findq) for probability p on x = (0, times), y = (0, 1 − curve):
    /// duplicated y dropped, then the smallest index with y + tol ≥ p averaged with the smallest
    /// with y − tol ≥ p; a p at the last y is averaged with the last time.
    /// </summary>
    public static double? Quantile(ReadOnlySpan<double> time, ReadOnlySpan<double> curve, double p)
    {
        int m = time.Length + 1;
        var x = new double[m];
        var y = new double[m];
        int n = 0;
        bool sawNaN = false;
        double maxY = double.NegativeInfinity;
        var seen = new HashSet<double>();
        for (int i = 0; i < m; i++)
        {
            double xi = i == 0 ? 0 : time[i - 1];
            double yi = i == 0 ? 0 : 1 - curve[i - 1];
            if (double.IsNaN(yi))
            {
                if (sawNaN) continue;
                sawNaN = true;
            }
            else
            {
                if (!seen.Add(yi)) continue;
                if (yi > maxY) maxY = yi;
            }
            x[n] = xi;
            y[n] = yi;
            n++;
        }
        if (maxY < p) return null;
        if (p == 0) return x[0];
        int i1 = FirstAtLeast(y, n, p, Tolerance);
        int i2 = FirstAtLeast(y, n, p, -Tolerance);
        if (!double.IsNaN(y[n - 1]) && Math.Abs(p - y[n - 1]) < Tolerance)
            return i1 < 0 ? null : (x[i1] + time[^1]) / 2;
        if (i1 < 0 || i2 < 0) return null;
        return (x[i1] + x[i2]) / 2;
    }

    /// <summary>
    /// R's approx(y + shift, 1:n, p, "constant", f = 1) on the non-NaN points, which approx sorts
    /// by y: the index of the smallest y + shift ≥ p; −1 outside the range of y + shift.
    /// </summary>
    private static int FirstAtLeast(double[] y, int n, double p, double shift)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        int best = -1;
        for (int k = 0; k < n; k++)
        {
            if (double.IsNaN(y[k])) continue;
            double v = y[k] + shift;
            if (v < min) min = v;
            if (v > max) max = v;
            if (v >= p && (best < 0 || y[k] < y[best])) best = k;
        }
        return p < min || p > max ? -1 : best;
    }
}
