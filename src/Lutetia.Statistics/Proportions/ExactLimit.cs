namespace Lutetia.Statistics.Proportions;

/// <summary>
/// The root in (0, 1) of an increasing function of p (a binomial tail minus its target): Newton's
/// method from a close start, kept inside a shrinking bracket and falling back to bisection when a
/// step leaves it, until the step is below a few units in the last place.
/// </summary>
internal static class ExactLimit
{
    public static double Solve(Func<double, double> increasing, Func<double, double> slope, double start)
    {
        double lo = 0, hi = 1;
        double p = start > 0 && start < 1 ? start : 0.5;
        for (int iteration = 0; iteration < 500; iteration++)
        {
            double value = increasing(p);
            if (value == 0)
                return p;
            if (value < 0)
                lo = p;
            else
                hi = p;
            double derivative = slope(p);
            double next = derivative > 0 ? p - value / derivative : double.NaN;
            if (!(next > lo && next < hi))
                next = lo > 0 && hi / lo > 16 ? Math.Sqrt(lo * hi) : (lo + hi) / 2;
            if (Math.Abs(next - p) <= 4 * double.Epsilon + 1e-15 * p || hi - lo <= 1e-16 * hi)
                return next;
            p = next;
        }
        return p;
    }
}
