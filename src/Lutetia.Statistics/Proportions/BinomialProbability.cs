namespace Lutetia.Statistics.Proportions;

/// <summary>
/// Binomial probabilities accurate to a few units in the last place, as R's <c>dbinom</c> and
/// <c>pbinom</c>: the point mass by Loader's saddle-point formula (Loader 2000, "Fast and accurate
/// computation of binomial probabilities"), tails by summing point masses outward from the
/// threshold, so that a small tail keeps its relative accuracy.
/// </summary>
internal static class BinomialProbability
{
    private const double SmallestNormal = 2.2250738585072014E-308;
    private const double Ln2Pi = 1.837877066409345483560659472811;     // ln 2π

    /// <summary>stirlerr(n) = ln n! − ln(√(2π) n^(n+½) e^(−n)) for n = 0 … 15 (Loader's table, R's sferr_halves).</summary>
    private static readonly double[] StirlingErrorOfSmallIntegers =
    [
        0.0,
        0.0810614667953272582196702, 0.0413406959554092940938221, 0.02767792568499833914878929,
        0.02079067210376509311152277, 0.01664469118982119216319487, 0.01387612882307074799874573,
        0.01189670994589177009505572, 0.010411265261972096497478567, 0.009255462182712732917728637,
        0.008330563433362871256469318, 0.007573675487951840794972024, 0.006942840107209529865664152,
        0.006408994188004207068439631, 0.005951370112758847735624416, 0.005554733551962801371038690,
    ];

    /// <summary>P(X = k) for X ~ Binomial(n, p).</summary>
    public static double Mass(int k, int n, double p)
    {
        if (k < 0 || k > n)
            return 0;
        double q = 1 - p;
        if (p == 0)
            return k == 0 ? 1 : 0;
        if (q == 0)
            return k == n ? 1 : 0;
        if (k == 0)
            return Math.Exp(p < 0.1 ? -Deviance(n, n * q) - n * p : n * Math.Log(q));
        if (k == n)
            return Math.Exp(q < 0.1 ? -Deviance(n, n * p) - n * q : n * Math.Log(p));
        double logCore = StirlingError(n) - StirlingError(k) - StirlingError(n - k)
            - Deviance(k, n * p) - Deviance(n - k, n * q);
        double logFactor = Ln2Pi + Math.Log(k) + LogOnePlus(-(double)k / n);
        return Math.Exp(logCore - 0.5 * logFactor);
    }

    /// <summary>P(X ≥ r) for X ~ Binomial(n, p).</summary>
    public static double AtLeast(int r, int n, double p)
    {
        if (r <= 0)
            return 1;
        if (r > n)
            return 0;
        // Sum the smaller side: the tail beyond the mean directly, otherwise through its complement.
        return r > n * p ? SumUpward(r, n, p) : 1 - SumDownward(r - 1, n, p);
    }

    /// <summary>P(X ≤ r) for X ~ Binomial(n, p).</summary>
    public static double AtMost(int r, int n, double p)
    {
        if (r < 0)
            return 0;
        if (r >= n)
            return 1;
        return r < n * p ? SumDownward(r, n, p) : 1 - SumUpward(r + 1, n, p);
    }

    /// <summary>Σ_{k ≥ r} P(X = k), the terms falling away from the mean.</summary>
    private static double SumUpward(int r, int n, double p)
    {
        double term = Mass(r, n, p);
        double sum = term;
        double odds = p / (1 - p);
        for (int k = r; k < n && term > sum * 1e-18; k++)
        {
            term *= (double)(n - k) / (k + 1) * odds;
            sum += term;
        }
        return sum;
    }

    /// <summary>Σ_{k ≤ r} P(X = k), the terms falling away from the mean.</summary>
    private static double SumDownward(int r, int n, double p)
    {
        double term = Mass(r, n, p);
        double sum = term;
        double inverseOdds = (1 - p) / p;
        for (int k = r; k > 0 && term > sum * 1e-18; k--)
        {
            term *= (double)k / (n - k + 1) * inverseOdds;
            sum += term;
        }
        return sum;
    }

    /// <summary>ln(1 + x) without the loss of digits of Math.Log(1 + x) for small x (Goldberg 1991, Theorem 4).</summary>
    private static double LogOnePlus(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    /// <summary>Loader's stirlerr(n): the error of Stirling's formula for ln n!.</summary>
    private static double StirlingError(int n)
    {
        const double S0 = 1.0 / 12, S1 = 1.0 / 360, S2 = 1.0 / 1260, S3 = 1.0 / 1680, S4 = 1.0 / 1188;
        if (n <= 15)
            return StirlingErrorOfSmallIntegers[n];
        double nn = (double)n * n;
        if (n > 500)
            return (S0 - S1 / nn) / n;
        if (n > 80)
            return (S0 - (S1 - S2 / nn) / nn) / n;
        if (n > 35)
            return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
        return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
    }

    /// <summary>Loader's bd0(x, np) = x ln(x / np) + np − x, by a series where the two are close.</summary>
    private static double Deviance(double x, double np)
    {
        if (Math.Abs(x - np) < 0.1 * (x + np))
        {
            double v = (x - np) / (x + np);
            double s = (x - np) * v;
            if (Math.Abs(s) < SmallestNormal)
                return s;
            double ej = 2 * x * v;
            v *= v;
            for (int j = 1; j < 1000; j++)
            {
                ej *= v;
                double next = s + ej / (2 * j + 1);
                if (next == s)
                    return next;
                s = next;
            }
        }
        return x * Math.Log(x / np) + np - x;
    }
}
